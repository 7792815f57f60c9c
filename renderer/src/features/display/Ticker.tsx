import { memo } from 'react';

/** The ticker line at the bottom; it scrolls unless reduced motion is asked (then it wraps, still). */
export const Ticker = memo(function Ticker({ text }: { text: string }) {
  // About 8 characters a second: readable at a glance from across the room.
  const seconds = Math.max(12, Math.round(text.length / 8));
  return (
    <div className="display-ticker" data-testid="display-ticker">
      <span className="ticker-text" style={{ animationDuration: `${seconds}s` }}>{text}</span>
    </div>
  );
});
