"use client";

import { useEffect, useId, useState } from "react";

export const fieldClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:outline-none focus:ring-2 focus:ring-sky-500 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";
const labelClass = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/** A labelled select that applies as soon as it changes ("" means any). */
export function SelectFilter({
  label,
  value,
  options,
  onChange,
  anyLabel = "Any",
  name,
}: {
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
  anyLabel?: string;
  name: string;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} className={fieldClass} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A labelled text input that applies on Enter or when it loses focus, not on every keystroke
 * (a half-typed subject would match nothing and reload the page for nothing).
 */
export function TextFilter({
  label,
  value,
  onCommit,
  placeholder,
  suggestions,
  name,
  hint,
}: {
  label: string;
  value: string | null;
  onCommit: (value: string | null) => void;
  placeholder?: string;
  suggestions?: string[];
  name: string;
  hint?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => setDraft(value ?? ""), [value]);
  const commit = () => {
    const next = draft.trim() || null;
    if (next !== (value ?? null)) onCommit(next);
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        className={fieldClass}
        value={draft}
        placeholder={placeholder}
        list={suggestions ? `${id}-list` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          // choosing a suggestion from the list applies at once
          const how = (e.nativeEvent as InputEvent).inputType;
          if (suggestions?.includes(e.target.value) && (!how || how === "insertReplacementText")) onCommit(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
