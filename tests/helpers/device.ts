import { openDeviceStorage, type DeviceStorage, type StorageEvents } from '@/store/device-storage';

/** The app's storage owner over a test's own Storage (and, if given, its `storage` events). */
export function deviceOf(storage: Storage, events: StorageEvents | null = null): DeviceStorage {
  return openDeviceStorage({ storage, events });
}
