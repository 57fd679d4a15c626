"use client";

import { useState, type RefObject } from "react";
import { toPng } from "html-to-image";
import { isoDay } from "@/lib/format";
import { CHROME } from "@/components/charts/tokens";

type ToPngOptions = NonNullable<Parameters<typeof toPng>[1]>;

/** What to draw: an element, and options (size, style) for html-to-image. */
export type ExportTarget = { node: HTMLElement; options?: ToPngOptions };

/**
 * "Export PNG": draws what is on screen (`target` element, or what `prepare` returns, e.g. the
 * React Flow viewport fitted to the graph) at twice the pixel density on the theme's background,
 * and downloads it as dealscope-<name>-<today>.png.
 */
export function ExportPngButton({
  name,
  target,
  prepare,
  label = "Export PNG",
}: {
  name: string;
  target?: RefObject<HTMLElement | null>;
  prepare?: () => ExportTarget | null;
  label?: string;
}) {
  const [state, setState] = useState<"idle" | "busy" | "error">("idle");
  const onClick = async () => {
    const what = prepare ? prepare() : target?.current ? { node: target.current } : null;
    if (!what) return;
    setState("busy");
    try {
      const dark = document.documentElement.classList.contains("dark");
      const url = await toPng(what.node, {
        pixelRatio: 2,
        backgroundColor: CHROME.background[dark ? "dark" : "light"],
        cacheBust: true,
        // The button itself is not part of the picture.
        filter: (node) => !(node instanceof HTMLElement && node.dataset.exportIgnore === "true"),
        ...what.options,
      });
      const a = document.createElement("a");
      a.href = url;
      a.download = `dealscope-${name}-${isoDay(new Date())}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setState("idle");
    } catch {
      setState("error");
    }
  };
  return (
    <span data-export-ignore="true" className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={onClick}
        disabled={state === "busy"}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        {state === "busy" ? "Exporting…" : label}
      </button>
      {state === "error" && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          The image could not be made.
        </span>
      )}
    </span>
  );
}
