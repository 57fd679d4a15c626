import type { ReactNode } from "react";

/** A list page's title, one line on what it shows, and its actions (view tabs, exports) on the right. */
export function PageHeader({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>
      </div>
      {actions}
    </div>
  );
}
