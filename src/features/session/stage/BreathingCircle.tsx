/**
 * A slow breathing circle for the stillness: it grows and shrinks over eight seconds, and stands
 * still when the viewer prefers reduced motion (see app.css). Pure decoration.
 */
export function BreathingCircle() {
  return (
    <div className="breathing" aria-hidden="true">
      <div className="breathing-circle" />
    </div>
  );
}
