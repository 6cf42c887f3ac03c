import type { ChannelFactory } from '@/app/projector-sync';

/** Two windows' BroadcastChannels on one bus: a message reaches every other channel. */
export function channelBus(): ChannelFactory {
  const channels = new Set<{ listeners: Set<(event: MessageEvent) => void> }>();
  return () => {
    const self = { listeners: new Set<(event: MessageEvent) => void>() };
    channels.add(self);
    return {
      postMessage: (message) =>
        queueMicrotask(() =>
          channels.forEach((other) => {
            if (other !== self) {
              other.listeners.forEach((listener) => listener({ data: message } as MessageEvent));
            }
          }),
        ),
      addEventListener: (_type, listener) => self.listeners.add(listener),
      removeEventListener: (_type, listener) => self.listeners.delete(listener),
      close: () => channels.delete(self),
    };
  };
}
