import type { ChildProcess } from 'node:child_process';

/** Resolves with the port a child server prints as `READY <port>`; rejects if it exits first. */
export function readyPort(child: ChildProcess, describeExit: (code: number | null) => string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(describeExit(code))));
  });
}
