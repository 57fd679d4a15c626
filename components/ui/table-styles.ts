/** The look of every data table, in one place (frame, table, header row and cells). */
export const TABLE_FRAME =
  "overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";
export const TABLE = "w-full text-left text-sm";
export const TABLE_HEAD =
  "border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400";
export const HEADER_CELL = "px-3 py-2";
export const HEADER_CELL_RIGHT = "px-3 py-2 text-right";
