import type { ReactNode } from 'react';

// Small line icons drawn for this app. They are decoration beside a word, so screen readers skip
// them (the word says it all); `currentColor` lets each theme colour them.

interface IconProps {
  className?: string;
}

function Svg({ className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Wrap-up: an hourglass running low. */
export function HourglassIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 3h12M6 21h12" />
      <path d="M7 3c0 5 10 6 10 9s-10 4-10 9" />
      <path d="M17 3c0 5-10 6-10 9s10 4 10 9" />
      <path d="M9.5 19h5" />
    </Svg>
  );
}

/** Overtime: a clock face with a plus beside it. */
export function OvertimeIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="10" cy="13" r="7" />
      <path d="M10 9v4l2.5 2" />
      <path d="M19 3v5M16.5 5.5h5" />
    </Svg>
  );
}

export function PauseIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M9 5v14M15 5v14" />
    </Svg>
  );
}

/** A bell for the visual twin of a chime. */
export function BellIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15Z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
    </Svg>
  );
}

export function ProjectorIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M12 16v4M8 20h8" />
    </Svg>
  );
}

export function FullscreenIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    </Svg>
  );
}

export function KeyboardIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="2.5" y="6" width="19" height="12" rx="2" />
      <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" />
    </Svg>
  );
}

/** Overdue: a calendar page with an exclamation mark. */
export function OverdueIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
      <path d="M12 13v3.5M12 19h.01" />
    </Svg>
  );
}
