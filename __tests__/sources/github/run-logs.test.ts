import { describe, expect, it } from '@jest/globals';
import { archiveName, classifyLogFile, jobNamed, latestJobs, lineTime, stepAt, stripTimestamps, type RunJob } from '../../../src/sources/github/run-logs.js';

describe('stripTimestamps', () => {
  it('drops each line\'s timestamp and the byte-order mark, keeping every line where it was', () => {
    const log = '\ufeff2026-11-30T12:00:01.1234567Z first\n2026-11-30T12:00:02.0000000Z   indented\r\nno stamp here\n2026-11-30T12:00:03Z short form\n';
    expect(stripTimestamps(Buffer.from(log)).toString()).toBe('first\n  indented\r\nno stamp here\nshort form\n');
  });

  it('keeps what only looks like a timestamp (not at a line\'s start, or not followed by a space)', () => {
    const log = 'at 2026-11-30T12:00:01.1Z x\n2026-11-30T12:00:01.1Zglued\n2026-13-30 not one\n2026-11-30T12:00:01.5Z\n';
    expect(stripTimestamps(Buffer.from(log)).toString()).toBe('at 2026-11-30T12:00:01.1Z x\n2026-11-30T12:00:01.1Zglued\n2026-13-30 not one\n\n');
  });

  it('handles an empty log and a last line without a newline', () => {
    expect(stripTimestamps(Buffer.alloc(0)).length).toBe(0);
    expect(stripTimestamps(Buffer.from('2026-11-30T12:00:01.1234567Z end')).toString()).toBe('end');
  });
});

describe('the archive\'s layout', () => {
  it('tells step files from whole-job files', () => {
    expect(classifyLogFile('build/3_Run tests.txt')).toEqual({ kind: 'step', name: 'build/3_Run tests.txt', folder: 'build', number: 3, step: 'Run tests' });
    expect(classifyLogFile('2_build.txt')).toEqual({ kind: 'job', name: '2_build.txt', jobName: 'build' });
    expect(classifyLogFile('build/system.txt')).toEqual({ kind: 'step', name: 'build/system.txt', folder: 'build' });
    expect(classifyLogFile('build/deeper/1_x.txt')).toEqual({ kind: 'step', name: 'build/deeper/1_x.txt', folder: 'build' });
  });

  const job = (id: number, name: string, attempt = 1): RunJob => ({ id, name, run_attempt: attempt });

  it('finds the job a folder is named after, with what a path cannot hold stripped, or a long name cut short', () => {
    const jobs = [job(1, 'test (node: 24)'), job(2, 'deploy a/b'), job(3, 'a very long job name that the archive cuts'), job(4, 'twin'), job(5, 'twin')];
    expect(jobNamed('test (node 24)', jobs)?.id).toBe(1);
    expect(jobNamed('deploy ab', jobs)?.id).toBe(2);
    expect(jobNamed('a very long job name', jobs)?.id).toBe(3);
    expect(jobNamed('twin', jobs)).toBeUndefined();
    expect(jobNamed('nothing', jobs)).toBeUndefined();
    expect(archiveName('::error::x\u001b[31m/../y')).toBe('errorx[31m..y');
  });

  it('takes the latest attempt of each job, up to a given attempt', () => {
    const jobs = [job(1, 'build', 1), job(2, 'test', 1), job(3, 'build', 2)];
    expect(latestJobs(jobs).map((j) => j.id).sort()).toEqual([2, 3]);
    expect(latestJobs(jobs, 1).map((j) => j.id).sort()).toEqual([1, 2]);
  });
});

describe('the step of a whole-job log\'s line', () => {
  const log = Buffer.from('\ufeff2026-11-30T12:00:01.1234567Z a\nno stamp\n2026-11-30T12:00:05.9000000Z b\n');
  const steps = [
    { number: 1, name: 'Set up job', started_at: '2026-11-30T12:00:00Z', completed_at: '2026-11-30T12:00:02Z' },
    { number: 2, name: 'Build', started_at: '2026-11-30T12:00:03Z', completed_at: '2026-11-30T12:00:05Z' },
    { number: 3, name: 'Test', started_at: '2026-11-30T12:00:05Z', completed_at: null },
  ];

  it('reads when a line was written', () => {
    expect(lineTime(log, 1)).toBe(Date.parse('2026-11-30T12:00:01.123Z'));
    expect(lineTime(log, 2)).toBeUndefined();
    expect(lineTime(log, 3)).toBe(Date.parse('2026-11-30T12:00:05.900Z'));
    expect(lineTime(log, 9)).toBeUndefined();
  });

  it('names the one step running then; a second two steps share, or no start, names none', () => {
    expect(stepAt(steps, lineTime(log, 1)!)?.name).toBe('Set up job');
    expect(stepAt(steps, Date.parse('2026-11-30T12:00:04.5Z'))?.name).toBe('Build');
    expect(stepAt(steps, lineTime(log, 3)!)).toBeUndefined();
    expect(stepAt(steps, Date.parse('2026-11-30T12:09:00Z'))?.name).toBe('Test');
    expect(stepAt([{ number: 1, name: 'x' }], Date.parse('2026-11-30T12:00:04Z'))).toBeUndefined();
  });
});
