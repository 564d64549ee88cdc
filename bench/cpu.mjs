// CPU time of other processes, from /proc/<pid>/stat (Linux): user + system time of
// the whole process (all threads), so a bench can charge a server its CPU per call.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU ms (user + system) that process `pid` has used so far; NaN when it cannot be read (no /proc, gone). */
export function cpuMs(pid) {
  if (pid === undefined) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return NaN;
  }
}

/** Starts measuring `pids`; `read()` returns the CPU ms each has used since (same order). */
export function cpuMeter(pids) {
  const start = pids.map(cpuMs);
  return { read: () => pids.map((pid, i) => cpuMs(pid) - start[i]) };
}
