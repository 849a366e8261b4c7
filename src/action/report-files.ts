/**
 * Writing the report files without letting the repository choose where the bytes go. A relative name is
 * under RUNNER_TEMP (outside the checkout). Below the trusted directory (RUNNER_TEMP, the workspace, or the
 * folder an absolute name gives) no component may be a symbolic link, and the file itself is always a fresh
 * one: an old regular file is removed first, then the new one is opened with O_CREAT|O_EXCL|O_NOFOLLOW, so a
 * link planted in its place (or raced in) is refused, never followed. Each problem is named in one line.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import { isInside } from '../core/paths.js';

export interface ReportDirs {
  /** RUNNER_TEMP, or the workspace when the runner gave none. */
  outputDir: string;
  workspace: string;
}

/** The absolute path a report-file or sarif-file input names. */
export function reportPath(name: string, dirs: ReportDirs): string {
  return resolve(dirs.outputDir, name);
}

function trustedBase(path: string, dirs: ReportDirs): string {
  if (isInside(dirs.outputDir, path)) return dirs.outputDir;
  if (isInside(dirs.workspace, path)) return dirs.workspace;
  return dirname(path);
}

/** Create the folders from `base` down to `dir`, refusing any that is a link or not a folder. */
function ensureFolders(base: string, dir: string): void {
  let current = base;
  for (const part of relative(base, dir).split(sep).filter(Boolean)) {
    current = join(current, part);
    const info = lstatSync(current, { throwIfNoEntry: false });
    if (!info) mkdirSync(current);
    else if (info.isSymbolicLink()) throw new UserError(`${current} is a symbolic link: not writing through it`);
    else if (!info.isDirectory()) throw new UserError(`${current} is not a folder`);
  }
}

/** Write `content` to a fresh file at `path`. Throws a UserError naming the problem. */
export function writeReportFile(path: string, content: string, dirs: ReportDirs): void {
  ensureFolders(trustedBase(path, dirs), dirname(path));
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) throw new UserError(`${path} is a symbolic link: not writing through it`);
  if (existing && !existing.isFile()) throw new UserError(`${path} exists and is not a regular file`);
  if (existing) unlinkSync(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ELOOP') throw new UserError(`${path} appeared while writing it (a link?): not written`);
    throw new UserError(`cannot write ${path} (${code ?? 'error'})`);
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}
