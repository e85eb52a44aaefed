// `node --import tsx bench/answer-cpu.ts [rounds]`: the CPU one answered question costs in one process, on the path an
// answer thread takes (policy, retrieval, grounding, the prompt, the HTTP call to an OpenAI-compatible stub that
// answers at once with a cited sentence of the first passage, the model output's checks, the insight record), over
// every evaluation question, after one warm-up pass. With BENCH_BUILD=dist it runs the compiled code; BENCH_PROFILE=<file> writes a CPU profile of the measured rounds. Prints the CPU per question of this
// process (the stub runs in its own) and a hash of every answer (its random id left out), so two builds can be shown
// to give the same answers. Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.argv[2] ?? 3);
const build = process.env.BENCH_BUILD;
const source = (file: string) =>
  pathToFileURL(build ? path.join(ROOT, build, 'src', `${file}.js`) : path.join(ROOT, 'src', `${file}.ts`)).href;

const { loadConfig } = (await import(source('config'))) as typeof import('../src/config.js');
const { loadKnowledge } = (await import(
  source('knowledge/configured-knowledge')
)) as typeof import('../src/knowledge/configured-knowledge.js');
const { KnowledgeHolder } = (await import(
  source('knowledge/knowledge-holder')
)) as typeof import('../src/knowledge/knowledge-holder.js');
const { openAnswering } = (await import(
  source('answer/open-answering')
)) as typeof import('../src/answer/open-answering.js');
const { silentLogger } = (await import(source('log'))) as typeof import('../src/log.js');

function questions(): string[] {
  const evalDir = path.join(ROOT, 'test/eval');
  const files = [path.join(evalDir, 'questions.jsonl')];
  try {
    for (const name of readdirSync(path.join(evalDir, 'questions'))) files.push(path.join(evalDir, 'questions', name));
  } catch {}
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { question: string }).question),
  );
}

async function startStub(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/slack-bench-peers.ts')], {
    cwd: ROOT,
    env: { ...process.env, BENCH_LLM_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const port = line.match(/^READY (\d+)/)?.[1];
    if (port) return { child, url: `http://127.0.0.1:${port}` };
  }
  throw new Error('the LLM stub did not start');
}

const stub = await startStub();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-answer-cpu-'));
try {
  const config = loadConfig({ RESSEC_DATA_DIR: dataDir, OPENAI_BASE_URL: `${stub.url}/v1`, OPENAI_API_KEY: 'stub' });
  const { knowledge } = await loadKnowledge(config);
  const { answers, insights } = await openAnswering(config, silentLogger(), new KnowledgeHolder(knowledge));
  const asked = questions();
  // One pass first, as a server that has run a while: every corpus sentence judged, the code compiled.
  for (const question of asked) await answers.answer(question, 'bench');
  const hash = createHash('sha256');
  const modes = new Map<string, number>();
  const perRound: number[] = [];
  // BENCH_PROFILE=<file>: a CPU profile of the measured rounds only (not the start or the warm-up pass).
  const profile = process.env.BENCH_PROFILE ? new Session() : undefined;
  if (profile) {
    profile.connect();
    await profile.post('Profiler.enable');
    await profile.post('Profiler.start');
  }
  for (let round = 0; round < ROUNDS; round++) {
    const before = process.cpuUsage();
    for (const question of asked) {
      const { id: _id, ...answer } = await answers.answer(question, 'bench');
      if (round === 0) {
        hash.update(JSON.stringify(answer));
        modes.set(`${answer.mode}/${answer.outcome}`, (modes.get(`${answer.mode}/${answer.outcome}`) ?? 0) + 1);
      }
    }
    const used = process.cpuUsage(before);
    perRound.push((used.user + used.system) / 1000 / asked.length);
  }
  if (profile && process.env.BENCH_PROFILE) {
    const { profile: taken } = await profile.post('Profiler.stop');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(taken));
  }
  await insights.close();
  const sorted = [...perRound].sort((a, b) => a - b);
  console.log(
    `${asked.length} questions x ${ROUNDS} rounds, ${build ? `compiled (${build})` : 'from source (tsx)'}, load average ${(os.loadavg()[0] ?? 0).toFixed(2)}`,
  );
  console.log(
    `CPU per question (this process, all threads): median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(3)} ms; rounds ${perRound.map((ms) => ms.toFixed(3)).join(' ')}`,
  );
  console.log(`answers: ${[...modes].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
  console.log(`answers hash ${hash.digest('hex').slice(0, 16)}`);
} finally {
  stub.child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
