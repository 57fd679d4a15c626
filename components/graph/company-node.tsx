"use client";

import Link from "next/link";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/graph/layout";

export type CompanyNodeData = { name: string; slug: string; dealCount: number; inCycle: boolean };
export type CompanyNodeType = Node<CompanyNodeData, "company">;

const HIDDEN_HANDLE = { opacity: 0, top: "50%", left: "50%", width: 1, height: 1, minWidth: 0, minHeight: 0, border: 0 };

/** A company: its name links to its page; edges attach to its border (see FlowEdgeView). */
export function CompanyNode({ data }: NodeProps<CompanyNodeType>) {
  return (
    <div
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
      data-testid="graph-node"
      className={`flex items-center justify-center rounded-lg border-2 bg-slate-50 px-2 text-center text-sm font-semibold text-slate-900 shadow-sm dark:bg-slate-800 dark:text-slate-100 ${
        data.inCycle ? "border-red-600 dark:border-red-400" : "border-slate-400 dark:border-slate-500"
      }`}
    >
      <Handle type="target" position={Position.Top} style={HIDDEN_HANDLE} isConnectable={false} />
      <Link href={`/companies/${data.slug}`} className="nodrag nopan leading-tight hover:underline focus-visible:underline">
        {data.name}
      </Link>
      <Handle type="source" position={Position.Bottom} style={HIDDEN_HANDLE} isConnectable={false} />
    </div>
  );
}
