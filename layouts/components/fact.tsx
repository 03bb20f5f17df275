import type { ComponentChildren } from "preact";

/** One line of a facts box (`<dl class="meta">`): a label and its value. */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
