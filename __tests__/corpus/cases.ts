/**
 * The leak corpus: files as people really commit them, each key with the place it must be reported, and
 * hard negatives that must yield nothing. Built at run time; see build.ts.
 */
import { gzipSync } from 'node:zlib';
import { PREFIX, randomBody } from '../helpers/keys.js';
import {
  allowed,
  B64,
  concat,
  doc,
  K,
  key,
  latinFile,
  lowEntropyBody,
  oauth,
  shaped,
  escaped,
  textFile,
  utf16File,
  whole,
  bomFile,
  crlfFile,
  type FileSpec,
} from './build.js';

/** JSON string contents: what JSON.stringify puts between the quotes. */
const esc = (s: string): string => JSON.stringify(s).slice(1, -1);

const ESC = '\u001b';

export function positives(): FileSpec[] {
  const files: FileSpec[] = [];
  const add = (f: FileSpec): void => void files.push(f);

  // --- environment files -------------------------------------------------------------------------
  add(textFile('.env', doc`# local settings
NODE_ENV=development
ANTHROPIC_API_KEY=${K('api03', 'env')}
DATABASE_URL=postgres://localhost/app
`));
  add(textFile('.env.local', doc`ANTHROPIC_API_KEY="${K('api03', 'env-local')}"
export ANTHROPIC_ADMIN_KEY='${K('admin01', 'env-local-admin')}'
CLAUDE_CODE_OAUTH_TOKEN=${K('oat01', 'env-local-oat')} # from claude setup-token
`));
  add(textFile('services/docker-compose.yml', doc`version: "3.9"
services:
  api:
    image: ghcr.io/acme/api:latest
    environment:
      - ANTHROPIC_API_KEY=${K('api03', 'compose-list')}
      - LOG_LEVEL=debug
  worker:
    environment:
      ANTHROPIC_API_KEY: ${K('api03', 'compose-map')}
      OTHER: "1"
`));

  // --- Kubernetes and Helm -------------------------------------------------------------------------
  add(textFile('deploy/k8s/secret.yaml', doc`apiVersion: v1
kind: Secret
metadata:
  name: anthropic
type: Opaque
data:
  ANTHROPIC_API_KEY: ${B64(concat(K('api03', 'k8s-data')))}
  ADMIN_KEY: ${B64(doc`${K('admin01', 'k8s-data-admin')}\n`)}
---
apiVersion: v1
kind: Secret
metadata:
  name: anthropic-plain
stringData:
  ANTHROPIC_API_KEY: ${K('api03', 'k8s-stringdata')}
  config.yaml: |
    anthropic:
      apiKey: "${K('api03', 'k8s-stringdata-nested')}"
`));
  add(textFile('deploy/k8s/secret.json', doc`{
  "apiVersion": "v1",
  "kind": "Secret",
  "data": {
    "token": "${B64(K('oat01', 'k8s-json-oat'))}"
  }
}
`));
  add(textFile('charts/app/values.yaml', doc`replicaCount: 2
anthropic:
  # TODO move to a secret
  apiKey: ${K('api03', 'helm')}
  model: claude-sonnet-4
extraEnv:
  - name: ANTHROPIC_API_KEY
    value: "${K('api03', 'helm-extra')}"
`));

  // --- CI -------------------------------------------------------------------------------------------
  add(textFile('.github/workflows/x.yml', doc`name: test
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      ANTHROPIC_API_KEY: ${K('api03', 'gha')}
    steps:
      - uses: actions/checkout@v4
      - run: npm test
        env:
          CLAUDE_CODE_OAUTH_TOKEN: '${K('oat01', 'gha-oat')}'
`));
  add(textFile('.gitlab-ci.yml', doc`variables:
  ANTHROPIC_API_KEY: "${K('api03', 'gitlab')}"
`));

  // --- Terraform ------------------------------------------------------------------------------------
  add(textFile('infra/main.tf', doc`resource "aws_secretsmanager_secret_version" "anthropic" {
  secret_id     = aws_secretsmanager_secret.anthropic.id
  secret_string = "${K('api03', 'tf')}"
}

variable "admin_key" {
  default = <<EOT
${K('admin01', 'tf-heredoc')}
EOT
}
`));
  add(textFile('infra/prod.tfvars', doc`anthropic_api_key = "${K('api03', 'tfvars')}"
region            = "us-east-1"
`));

  // --- Python ---------------------------------------------------------------------------------------
  add(textFile('app/client.py', doc`import os
from anthropic import Anthropic

API_KEY = os.environ.get("ANTHROPIC_API_KEY", "${K('api03', 'py-default')}")
client = Anthropic(api_key='${K('api03', 'py-client')}')
admin = os.getenv('ANTHROPIC_ADMIN_KEY') or "${K('admin01', 'py-admin')}"
headers = {"x-api-key": "${K('api03', 'py-default')}"}  # same key again
`));
  add(textFile('app/settings.py', doc`ANTHROPIC = dict(key=b"${K('api03', 'py-bytes')}", timeout=30)
KEYS = [f"${K('api03', 'py-fstring')}", r'${K('api04', 'py-raw')}']
`));

  // --- JavaScript / TypeScript ------------------------------------------------------------------------
  add(textFile('src/client.ts', doc`import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({apiKey: '${K('api03', 'ts-client')}'});
const key = process.env.ANTHROPIC_API_KEY ?? "${K('api03', 'ts-fallback')}";
const admin = process.env.ADMIN || \`${K('admin01', 'ts-template')}\`;
export const config = { token: "${K('oat01', 'ts-oat')}", refresh: "${K('ort01', 'ts-ort')}" };
`));
  add(textFile('web/index.html', doc`<!doctype html>
<html>
<head><script>window.ANTHROPIC_KEY = "${K('api03', 'html')}";</script></head>
<body><div data-key="${K('api03', 'html-attr')}"></div>
<script type="module">
  fetch('/v1/messages', { headers: { 'x-api-key': '${K('api03', 'html-module')}' } })
</script></body>
</html>
`));
  add(textFile('dist/bundle.min.js', doc`!function(e){var t="${K('api03', 'min-a')}",n='${K('api03', 'min-b')}';e.k=[t,n]}(window);var r={apiKey:"${K('admin01', 'min-c')}"};`));

  // --- Go, Rust, Java, C# -----------------------------------------------------------------------------
  add(textFile('cmd/server/main.go', doc`package main

import "github.com/anthropics/anthropic-sdk-go/option"

const apiKey = "${K('api03', 'go')}"

var raw = \`${K('api03', 'go-raw')}\`

func client() { _ = option.WithAPIKey(apiKey) }
`));
  add(textFile('src/main.rs', doc`fn main() {
    let key = std::env::var("ANTHROPIC_API_KEY").unwrap_or("${K('api03', 'rust')}".to_string());
    let raw = r#"${K('api03', 'rust-raw')}"#;
}
`));
  add(textFile('src/main/resources/application.properties', doc`spring.application.name=app
anthropic.api-key=${K('api03', 'java-props')}
anthropic.admin-key: ${K('admin01', 'java-props-admin')}
`));
  add(textFile('src/Main.java', doc`class Main {
  static final String KEY = "${K('api03', 'java')}";
}
`));
  add(textFile('Api/appsettings.json', doc`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Anthropic": {
    "ApiKey": "${K('api03', 'csharp')}",
    "AdminKey": "${K('admin01', 'csharp-admin')}"
  }
}`));

  // --- Jupyter --------------------------------------------------------------------------------------
  const nbSource = (line: string): string => `    ${JSON.stringify(line)}`;
  add(textFile('notebooks/demo.ipynb', concat(
    '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [\n',
    '    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n',
    '      "key loaded: ', K('api03', 'nb-output'), '\\n",\n',
    '      "\\u001b[32m', K('oat01', 'nb-output-ansi'), '\\u001b[0m\\n"\n',
    '     ]\n    }\n   ],\n   "source": [\n',
    nbSource('import os\n'), ',\n',
    '    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"', K('api03', 'nb-source'), '\\"\\n",\n',
    '    "client = anthropic.Anthropic(api_key=\'', K('api03', 'nb-source-2'), '\')"\n',
    '   ]\n  }\n ],\n "metadata": {},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n',
  )));

  // --- curl, shell, Markdown ------------------------------------------------------------------------
  add(textFile('scripts/call api.sh', doc`#!/usr/bin/env bash
set -euo pipefail
curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${K('api03', 'curl')}" \\
  -H "anthropic-version: 2023-06-01"
curl -s https://api.anthropic.com/v1/models -H 'Authorization: Bearer ${K('api03', 'curl-bearer')}'
export ANTHROPIC_ADMIN_KEY=${K('admin01', 'sh-admin')}; ./revoke.sh
`));
  add(textFile('docs/Quick start.md', doc`# Quick start

\`\`\`bash
curl https://api.anthropic.com/v1/messages -H "x-api-key: ${K('api03', 'md-curl')}" -d @body.json
\`\`\`

Or set it inline: \`ANTHROPIC_API_KEY=${K('api03', 'md-inline')}\`.

| env | key |
|-----|-----|
| prod | ${K('api03', 'md-table')} |
`));

  // --- URLs ---------------------------------------------------------------------------------------------
  add(textFile('notes/urls.txt', doc`https://proxy.example.com/v1/messages?key=${K('api03', 'url-query')}&x=1
https://proxy.example.com/cb?redirect=https%3A%2F%2Fapp%2F%3Fkey%3D${K('api03', 'url-encoded')}%26a%3D1
https://build-bot:${K('api03', 'url-cred')}@git.example.com/org/repo.git
wss://stream.example.com/?token=${K('oat01', 'url-oat')}#frag
`));
  add(textFile('.git-credentials.bak', doc`https://oauth2:${K('api03', 'git-cred')}@gitlab.example.com
`));

  // --- logs -----------------------------------------------------------------------------------------
  add(textFile('logs/app.log', doc`2025-01-01T10:00:00Z ${ESC}[32mINFO${ESC}[0m starting
2025-01-01T10:00:01Z ${ESC}[33mWARN${ESC}[0m using key ${ESC}[1;31m${K('api03', 'log-ansi')}${ESC}[0m from env
{"ts":"2025-01-01T10:00:02Z","level":"debug","msg":"request","headers":{"x-api-key":"${K('api03', 'log-json')}","anthropic-version":"2023-06-01"}}
{"level":"error","err":"401 for key=${K('api03', 'log-json-2')}\\n","ctx":"{\\"auth\\":\\"Bearer ${K('oat01', 'log-oat')}\\"}"}
`));

  // --- data formats -------------------------------------------------------------------------------------
  add(textFile('data/keys.csv', doc`team,key,created
ml,${K('api03', 'csv')},2024-01-01
infra,"${K('admin01', 'csv-admin')}",2024-02-01
`));
  add(textFile('Config/Info.plist', doc`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>AnthropicAPIKey</key>
  <string>${K('api03', 'plist')}</string>
</dict>
</plist>
`));
  add(textFile('config/app.xml', doc`<configuration>
  <appSettings>
    <add key="Anthropic:ApiKey" value="${K('api03', 'xml-attr')}"/>
  </appSettings>
  <secret><![CDATA[${K('api03', 'xml-cdata')}]]></secret>
</configuration>
`));
  add(textFile('config/app.ini', doc`[anthropic]
api_key = ${K('api03', 'ini')}
; comment
`));
  add(textFile('pyproject.toml', doc`[tool.app]
anthropic_key = "${K('api03', 'toml')}"
multi = """
${K('api03', 'toml-multi')}
"""
`));
  add(textFile('Dockerfile', doc`FROM python:3.12-slim
ARG ANTHROPIC_API_KEY=${K('api03', 'docker-arg')}
ENV ANTHROPIC_API_KEY=\${ANTHROPIC_API_KEY} \\
    CLAUDE_CODE_OAUTH_TOKEN="${K('oat01', 'docker-env')}"
RUN echo done
`));
  add(textFile('scripts/setup.ps1', doc`$env:ANTHROPIC_API_KEY = "${K('api03', 'ps1')}"
[Environment]::SetEnvironmentVariable("ANTHROPIC_ADMIN_KEY", '${K('admin01', 'ps1-admin')}', "User")
`));
  add(textFile('.npmrc', doc`registry=https://registry.npmjs.org/
//npm.pkg.example.com/:_authToken=${K('api03', 'npmrc')}
anthropic-key=${K('api03', 'npmrc-2')}
`));
  add(textFile('config/multiline.yaml', doc`prompt: >-
  Use this key:
  ${K('api03', 'yaml-folded')}
literal: |
  line one
  ${K('api03', 'yaml-literal')}
quoted: "first line
  ${K('api03', 'yaml-dq-multi')}"
`));
  add(textFile('db/seed.sql', doc`INSERT INTO api_keys (id, owner, secret) VALUES
  (1, 'ml', '${K('api03', 'sql')}'),
  (2, 'ops', '${K('admin01', 'sql-admin')}');
`));

  // --- line endings and edges -------------------------------------------------------------------------
  add(textFile('win/config.env', doc`REM windows\r\nANTHROPIC_API_KEY=${K('api03', 'crlf')}\r\nOTHER=1\r\n`));
  add(textFile('nofinal.txt', doc`first line\nANTHROPIC_API_KEY=${K('api03', 'no-final-newline')}`));
  add(textFile('only-key', doc`${K('api03', 'whole-file')}`));
  add(latinFile('legacy/latin1.conf', doc`# caf\uE000 config\n\uE000\uE000key=${K('api03', 'latin1')}\uE000\ncomment=\uE000t\uE000\n`));
  add(latinFile('legacy/broken-utf8.txt', doc`\uE000${K('api03', 'invalid-before')}\uE000 and ${K('api03', 'invalid-after')}\uE000\n`, 0xc3));
  add(utf16File('windows/anthropic.reg', doc`Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n"ANTHROPIC_API_KEY"="${K('api03', 'reg')}"\r\n`));
  add(utf16File('windows/profile.ps1', doc`# written by Out-File\r\n$env:ANTHROPIC_API_KEY = '${K('api03', 'ps1-utf16')}'\r\n`));
  add(utf16File('windows/nobom.txt', doc`key=${K('admin01', 'utf16-nobom')}\r\n`, 'no-bom'));

  // --- paths ------------------------------------------------------------------------------------------
  add(textFile('.vscode/settings.json', doc`{
  "anthropic.apiKey": "${K('api03', 'vscode')}",
  "editor.tabSize": 2
}
`));
  add(bomFile('Api/appsettings.Development.json', doc`{\r\n  "Anthropic": {\r\n    "ApiKey": "${K('api03', 'utf8-bom')}"\r\n  }\r\n}\r\n`));
  add(utf16File('windows/utf16be.txt', doc`clé=${K('api03', 'utf16be')}
`, 'be'));
  add(textFile('odd names/[draft] (v2) #1 $HOME -rf.env', doc`K=${K('api03', 'odd-name')}
`));
  add(textFile('odd names/{a,b}*?.yml', doc`k: ${K('api03', 'glob-chars')}
`));
  add(textFile('odd names/café NFD.txt', doc`k=${K('api03', 'nfd-name')}
`));
  add(textFile('.git-credentials', doc`https://ci:${K('api03', 'git-credentials')}@git.example.com
`));
  add(textFile('node_modules/.cache/app/.env', doc`ANTHROPIC_API_KEY=${K('api03', 'node-modules-cache')}
`));
  add(textFile('a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/deep.txt', doc`${K('api03', 'deep-path')}
`));
  add(textFile('Projets clés/été 2024/config ünï.json', doc`{"clé": "${K('api03', 'non-ascii-path')}"}\n`));
  add(textFile('notes/密钥.md', doc`密钥：${K('api03', 'cjk')} 🔑 ${K('api03', 'cjk-2')}\n`));

  // --- kinds ------------------------------------------------------------------------------------------
  add(textFile('kinds.txt', doc`api01=${K('api01', 'kind-api01')}
api04=${K('api04', 'kind-api04')}
admin=${K('admin01', 'kind-admin')}
oat=${K('oat01', 'kind-oat')}
ort=${K('ort01', 'kind-ort')}
oat95=${oauth('oat01', 'kind-oat-95', 95 + 2)}
ort-short=${oauth('ort01', 'kind-ort-90', 90)}
`));
  add(textFile('.claude/.credentials.json', doc`{"claudeAiOauth":{"accessToken":"${K('oat01', 'claude-creds')}","refreshToken":"${K('ort01', 'claude-creds')}","expiresAt":1750000000000,"scopes":["user:inference"]}}`));

  // --- base64 -----------------------------------------------------------------------------------------
  add(textFile('deploy/env.b64', doc`${B64(doc`ANTHROPIC_API_KEY=${K('api03', 'b64-env')}\nLOG=info\nADMIN=${K('admin01', 'b64-env-admin')}\n`)}\n`));
  add(textFile('deploy/env-wrapped.b64', doc`${B64(doc`# generated\nNODE_ENV=production\nPORT=8080\nANTHROPIC_API_KEY=${K('api03', 'b64-wrapped')}\n`, { wrap: 76 })}\n`));
  // `base64 .env` output whose line break falls inside the encoded prefix (lead 31: a split a single
  // prefilter needle would not see).
  add(textFile('deploy/split-prefix.b64', doc`${B64(doc`#${'-'.repeat(31)}\nANTHROPIC_API_KEY=${K('api03', 'b64-split-needle')}\n`, { wrap: 76 })}\n`));
  add(textFile('deploy/openssl.pem.txt', doc`-----BEGIN SECRET-----\n${B64(doc`{"service":"inference","region":"us","anthropic_api_key":"${K('api03', 'b64-openssl')}"}`, { wrap: 64 })}\n-----END SECRET-----\n`));
  add(crlfFile('deploy/windows-b64.txt', doc`certutil output:\n-----BEGIN CERTIFICATE-----\n${B64(doc`prod settings v2 (do not share)\nANTHROPIC_ADMIN_KEY=${K('admin01', 'b64-crlf-wrapped')}\n`, { wrap: 64 })}\n-----END CERTIFICATE-----\n`));
  add(textFile('.docker/config.json', doc`{"auths":{"registry.example.com":{"auth":"${B64(doc`ci-bot:${K('api03', 'b64-docker')}`)}"}}}\n`));
  add(textFile('http/request.http', doc`GET https://proxy.example.com/v1/models
Authorization: Basic ${B64(doc`user:${K('api03', 'b64-basic')}`)}
`));
  add(textFile('tokens/jwt.txt', doc`eyJhbGciOiJIUzI1NiJ9.${B64(doc`{"sub":"bot","anthropic":"${K('api03', 'b64-jwt')}"}`, { url: true, unpadded: true })}.c2lnbmF0dXJl\n`));
  add(textFile('tokens/url-safe.txt', doc`cfg=${B64(doc`\u00ff\u00fe${K('admin01', 'b64url-admin')}`, { url: true })}\n`));
  add(textFile('tokens/percent.txt', doc`https://example.com/?blob=${B64(doc`>>>${K('api03', 'b64-percent')}???`, { percent: true })}\n`));

  add(textFile('dist/app.js', doc`console.log("app");
//# sourceMappingURL=data:application/json;charset=utf-8;base64,${B64(doc`{"version":3,"sources":["../src/app.ts"],"sourcesContent":["const key = \\"${K('api03', 'b64-sourcemap')}\\";\\nconsole.log(\\"app\\");\\n"],"mappings":"AAAA"}`)}
`));
  add(textFile('logs/access.log', doc`10.0.0.1 - - [01/Jan/2025:10:00:00 +0000] "GET /login?next=https%3A%2F%2Fapp%2F%3Fauth%3D${B64(doc`svc:${K('api03', 'b64-after-pct3d')}`, { percent: true })} HTTP/1.1" 302 0
10.0.0.2 - - [01/Jan/2025:10:00:01 +0000] "GET /v1/models?api_key%3D${K('api03', 'log-pct3d')} HTTP/1.1" 401 12
`));
  add(textFile('deploy/k8s/wrapped-secret.yaml', doc`apiVersion: v1
kind: Secret
data:
  .env: ${B64(doc`# settings for the worker pool, rendered by the deploy script
ANTHROPIC_API_KEY=${K('api03', 'b64-yaml-wrapped')}
`, { wrap: 76, indent: '    ' })}
`));

  // --- escaping and what follows a key ------------------------------------------------------------------
  const inner = JSON.stringify({ env: { ANTHROPIC_API_KEY: 'X' } });
  const [innerA, innerB] = inner.split('X');
  add(textFile('data/double-escaped.json', concat(
    '{"payload": "', esc(innerA), K('api03', 'json-in-json'), esc(innerB), '",\n',
    ' "twice": "', esc(esc(innerA)), K('api03', 'json-in-json-in-json'), esc(esc(innerB)), '"}\n',
  )));
  add(textFile('followers.txt', concat(
    'a=', K('api03', 'follow-crlf'), '\r\n',
    'b="', K('api03', 'follow-escaped-n'), '\\\\n"\n',
    'c=<k>', K('api03', 'follow-tag'), '</k>\n',
    "d='", K('api03', 'follow-quote'), "'\n",
    'e=', K('api03', 'follow-comma'), ',', K('api03', 'follow-semicolon'), ';\n',
    'f=call(', K('api03', 'follow-paren'), ')\n',
    'g="', K('api03', 'follow-backslash-n'), '\\n"\n',
    'h=', K('api03', 'follow-amp'), '&x=1\n',
    'i=', K('api03', 'follow-dot'), '.\n',
    'j=', K('api03', 'follow-space'), ' \n',
    'k={"k":"', K('api03', 'follow-brace'), '"}\n',
    'l=', K('api03', 'follow-eof'),
  )));

  // --- allow markers: expected in suppressed -------------------------------------------------------------
  add(textFile('test/fixtures/keys.py', doc`VALID = "${allowed(K('api03', 'fixture-allow'))}"  # anthropic-key-scan:allow
ADMIN = "${allowed(K('admin01', 'fixture-gitleaks'))}"  # gitleaks:allow
OTHER = "${allowed(K('api03', 'fixture-pragma'))}"  # pragma: allowlist secret
TH = "${allowed(K('api03', 'fixture-trufflehog'))}"  # trufflehog:ignore
`));
  add(textFile('test/fixtures/keys.ts', doc`export const KEY = '${allowed(K('api03', 'fixture-ts'))}'; // gitleaks:allow
export const LEAKED = '${K('api03', 'fixture-unmarked')}';
`));
  add(textFile('test/fixtures/detect_secrets.py', doc`# pragma: allowlist nextline secret
KEY = "${allowed(K('api03', 'fixture-nextline'))}"
NOT_ALLOWED = "${K('api03', 'fixture-after-nextline')}"
`));

  // --- decoders (issue 19): hideouts that builds, exports and leakers produce ---------------------------
  const b64 = (t: string): string => Buffer.from(t, 'utf8').toString('base64');
  const gzB64 = (t: string): string => gzipSync(Buffer.from(t, 'utf8')).toString('base64');
  const pct = (t: string): string => t.replace(/[-_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const pctAll = (t: string): string => Array.from(Buffer.from(t), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  const uEsc = (t: string): string => t.replace(/-/g, '\\u002d');
  const uAll = (t: string): string => Array.from(t, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const hexOf = (t: string): string => Buffer.from(t).toString('hex');
  const cArray = (t: string): string => Array.from(Buffer.from(t), (b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ');
  const entities = (t: string): string => t.replace(/-/g, '&#45;');
  /** A key cut by a quoted-printable soft line break after `first` characters of its line. */
  const qpKey = (kind: string, name: string, first: number): ReturnType<typeof K> => {
    const k = key(kind, name);
    return { text: `${k.slice(0, first)}=\r\n${k.slice(first)}`, keys: [{ at: 0, key: k, rule: K(kind, name).keys[0].rule, encoding: 'quoted-printable' }] };
  };
  /** A key cut in two string pieces around `joint`, the first piece after `first` characters of the key. */
  const cutKey = (kind: string, name: string, first: number, joint: string): ReturnType<typeof K> => {
    const k = key(kind, name);
    return { text: `${k.slice(0, first)}${joint}${k.slice(first)}`, keys: [{ at: 0, key: k, rule: K(kind, name).keys[0].rule, encoding: 'joined' }] };
  };
  const zw = (kind: string, name: string, first: number, mark: string): ReturnType<typeof K> => {
    const k = key(kind, name);
    return { text: `${k.slice(0, first)}${mark}${k.slice(first)}`, keys: [{ at: 0, key: k, rule: K(kind, name).keys[0].rule, encoding: 'zero-width' }] };
  };

  add(textFile('deploy/k8s/secret-of-base64.yaml', doc`apiVersion: v1
kind: Secret
metadata:
  name: app-token
type: Opaque
data:
  # the app reads ANTHROPIC_API_KEY_B64 and decodes it itself
  ANTHROPIC_API_KEY_B64: ${whole(whole(K('api03', 'k8s-b64-of-b64'), b64, 'base64'), b64, 'base64')}
`));
  const helmRelease = concat(
    '{"name":"app","info":{"status":"deployed","description":"Install complete"},"chart":{"metadata":{"name":"app","version":"1.2.0"}},',
    '"config":{"anthropic":{"apiKey":"', K('api03', 'helm-release-values'), '"}},',
    '"manifest":"---\\napiVersion: v1\\nkind: Secret\\nmetadata:\\n  name: app\\ndata:\\n  ANTHROPIC_ADMIN_KEY: ',
    whole(K('admin01', 'helm-release-manifest'), b64, 'base64'),
    '\\n","version":1,"namespace":"default"}',
  );
  add(textFile('cluster/helm-release-secret.yaml', doc`apiVersion: v1
kind: Secret
metadata:
  name: sh.helm.release.v1.app.v1
  labels:
    owner: helm
type: helm.sh/release.v1
data:
  release: ${whole(whole(whole(helmRelease, (t) => gzipSync(Buffer.from(t)).toString('latin1'), 'gzip'), (t) => Buffer.from(t, 'latin1').toString('base64'), 'base64'), b64, 'base64')}
`));
  add(textFile('cluster/helm-release-configmap.yaml', doc`apiVersion: v1
kind: ConfigMap
metadata:
  name: app.v2
  labels:
    OWNER: TILLER
data:
  release: ${whole(concat('{"config":{"raw":"anthropic:\\n  apiKey: ', K('api03', 'helm-configmap'), '\\n"}}'), gzB64, 'base64>gzip')}
`));
  add(textFile('cloud-init/user-data.yaml', doc`#cloud-config
write_files:
  - path: /etc/app/env
    permissions: "0600"
    encoding: gz+b64
    content: ${whole(doc`ANTHROPIC_API_KEY=${K('api03', 'cloud-init')}\n`, gzB64, 'base64>gzip')}
runcmd:
  - systemctl restart app
`));
  add(textFile('mail/key-handover.eml', doc`From: ops@example.com\r
To: dev@example.com\r
Subject: your key\r
MIME-Version: 1.0\r
Content-Type: text/plain; charset=utf-8\r
Content-Transfer-Encoding: quoted-printable\r
\r
Hi, here is the key for the staging project:\r
\r
${qpKey('api03', 'eml-qp', 75)}\r
\r
and in the .env form: ANTHROPIC_ADMIN_KEY=3D${qpKey('admin01', 'eml-qp-admin', 33)}\r
=E2=80=94 ops\r
`));
  add(textFile('scripts/bootstrap.ps1', doc`# run once on the build agent
powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand ${whole(doc`[Environment]::SetEnvironmentVariable('ANTHROPIC_API_KEY', '${K('api03', 'ps-encoded')}', 'Machine')`, (t) => Buffer.from(t, 'utf16le').toString('base64'), 'base64>utf16le')}
`));
  add(textFile('export/settings-escaped.json', doc`{
  "anthropic": {
    "apiKey": "${escaped(K('api03', 'json-u-dash'), uEsc, 'escape')}",
    "adminKey": "${escaped(K('admin01', 'json-u-all'), uAll, 'escape')}"
  },
  "note": "exported with every non-alphanumeric character escaped"
}
`));
  add(textFile('src/obfuscated.js', doc`const k = "${escaped(K('api03', 'js-x-escape'), (t) => t.replace(/-/g, '\\x2d'), 'escape')}";\n`));
  add(textFile('notes/callback-urls.txt', doc`https://hooks.example.com/cb?key=${escaped(K('api03', 'pct-dash'), pct, 'percent')}&state=1
https://hooks.example.com/cb?token=${escaped(K('oat01', 'pct-all'), pctAll, 'percent')}
`));
  add(textFile('firmware/keys.h', doc`/* generated */
static const char key_hex[] = "${escaped(K('api03', 'hex-lower'), hexOf, 'hex')}";
static const char key_hex_upper[] = "${escaped(K('api03', 'hex-upper'), (t) => hexOf(t).toUpperCase(), 'hex')}";
static const unsigned char key_bytes[] = { ${escaped(K('admin01', 'hex-c-array'), cArray, 'hex')} };
`));
  add(textFile('site/setup.html', doc`<p>Set <code>ANTHROPIC_API_KEY</code> to <code>${escaped(K('api03', 'html-entities'), entities, 'html-entity')}</code>.</p>\n`));
  add(textFile('src/Config.java', doc`class Config {
  static final String KEY = "${cutKey('api03', 'java-concat', 13, '" +\n      "')}";
}
`));
  add(textFile('app/pieces.py', doc`KEY = (
    "${cutKey('api03', 'py-adjacent', 50, '"\n    "')}"
)
TOKEN = '${cutKey('oat01', 'py-plus', 60, "' + '")}'
`));
  add(textFile('config/continued.yaml', doc`anthropic:
  key: "${cutKey('api03', 'yaml-dq-continuation', 70, '\\\n    ')}"
`));
  add(textFile('notebooks/wrapped.ipynb', doc`{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": [
    "import os\\n",
    "os.environ['ANTHROPIC_API_KEY'] = '${cutKey('api03', 'nb-wrapped', 64, '\\n",\n    "')}'\\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`));
  add(textFile('docs/pasted.md', doc`Paste this key: ${zw('api03', 'zw-space', 40, '\u200b')}
Or this one: ${zw('admin01', 'zw-soft-hyphen', 71, '\u00ad')}
`));
  return files;
}

/** Files that hold no key: every one a near-miss that must not be reported. */
export function negatives(): FileSpec[] {
  const api = (body: string, suffix = ''): string => `${PREFIX}api03-${body}${suffix}`;
  const real = key('api03', 'negative-base');
  const files: Array<[string, string]> = [
    ['neg/prose.md', `Anthropic API keys start with \`${PREFIX}api03-\` and admin keys with ${PREFIX}admin01-. Never commit them.\nSee the prefix ${PREFIX} in logs.\n`],
    ['neg/console-hint.txt', `Key ${real.slice(0, 16)}...${real.slice(-4)} was created by alice.\nhint=${PREFIX}api03-R2D...igAA\n`],
    ['neg/.env.example', [
      `ANTHROPIC_API_KEY=${api('your-key-here')}`,
      `ANTHROPIC_API_KEY=${api('x'.repeat(93), 'AA')}`,
      `ANTHROPIC_API_KEY=${api('X'.repeat(93), 'AA')}`,
      `ANTHROPIC_API_KEY=${api('<YOUR_KEY>')}`,
      `ANTHROPIC_API_KEY=${api('...')}`,
      'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}',
      `ANTHROPIC_API_KEY=${api('****')}`,
      `ANTHROPIC_API_KEY=${api('*'.repeat(93), 'AA')}`,
      `ANTHROPIC_API_KEY=${api('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')}`,
      `ANTHROPIC_API_KEY=${api('YOUR_API_KEY_HERE'.padEnd(93, '_'), 'AA')}`,
      `ANTHROPIC_API_KEY=${api(('Your-Api-Key-Goes-Here-' + 'REPLACE-ME-0123').repeat(3).slice(0, 93), 'AA')}`,
      `ANTHROPIC_API_KEY=${api('ThisIsNotARealKey-PleaseUseYourOwn-1234-'.repeat(3).slice(0, 93), 'AA')}`,
      '',
    ].join('\n')],
    ['neg/lengths.txt', [
      `short=${shaped('api03', 'short', 92)}`,
      `long=${shaped('api03', 'long', 94)}`,
      `admin-short=${shaped('admin01', 'admin-short', 92)}`,
      `wrong-suffix=${shaped('api03', 'suffix-ab', 93, 'AB')}`,
      `wrong-suffix-2=${shaped('api03', 'suffix-aa-lower', 93, 'aa')}`,
      `runs-on=${real}x`,
      `runs-on-more=${real}${randomBody('neg-run', 20)}`,
      `one-digit=${PREFIX}api3-${randomBody('neg-digit', 93)}AA`,
      `no-version=${PREFIX}api-${randomBody('neg-nover', 93)}AA`,
      `oauth-too-short=${PREFIX}oat01-${randomBody('neg-oat-short', 80)}AA`,
      `oauth-96=${PREFIX}oat01-${randomBody('neg-oat-96', 96)}`,
      `oauth-too-long=${PREFIX}ort01-${randomBody('neg-ort-long', 120)}AA`,
      `unknown-kind=${PREFIX}foo01-${randomBody('neg-kind', 60)}AA`,
      '',
    ].join('\n')],
    ['neg/patterns.txt', [
      `rep=${api('AbC123xY'.repeat(12).slice(0, 93), 'AA')}`,
      `rep2=${api('Ab1-'.repeat(24).slice(0, 93), 'AA')}`,
      `alpha=${api('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq'.slice(0, 93), 'AA')}`,
      `lowent=${api(lowEntropyBody('aB3', 93, 'neg-low'), 'AA')}`,
      `hex=${api(randomBody('neg-hex', 93).replace(/[^0-9a-f]/g, 'e'), 'AA')}`,
      '',
    ].join('\n')],
    ['neg/near-keys.txt', [
      `upper=${real.toUpperCase()}`,
      `dot=${api(`${randomBody('neg-dot-a', 46)}.${randomBody('neg-dot-b', 46)}`, 'AA')}`,
      `plus=${api(`${randomBody('neg-plus-a', 46)}+${randomBody('neg-plus-b', 46)}`, 'AA')}`,
      `hint=${real.slice(0, 16)}\u2026${real.slice(-4)} and ${real.slice(0, 20)}…`,
      `hex=${api(Array.from(randomBody('neg-hex2', 93), (c) => '0123456789abcdefABCDEF'[c.charCodeAt(0) % 22]).join(''), 'AA')}`,
      `truncated=${real.slice(0, 60)}`,
      `space=${real.slice(0, 50)} ${real.slice(50)}`,
      `glued-suffix=${real}_old`,
      `glued-dash=${real}-2`,
      '',
    ].join('\n')],
    ['neg/docs/regex.md', `The pattern is \`${PREFIX}api03-[A-Za-z0-9_-]{93}AA\` (regex: /${PREFIX}(api|admin)\\d{2}-[\\w-]{93}AA/).\n`],
    ['neg/split.js', `const key = "${PREFIX}" + "api03-" + process.env.BODY;\nconst re = new RegExp("^${PREFIX}api03-[\\\\w-]{93}AA$");\n`],
    ['neg/base64-placeholder.yaml', `data:\n  key: ${Buffer.from(api('x'.repeat(93), 'AA')).toString('base64')}\n  short: ${Buffer.from(shaped('api03', 'b64-short', 92)).toString('base64')}\n`],
    ['neg/decoders/secret-placeholder.yaml', `data:\n  token: ${Buffer.from(Buffer.from(api('x'.repeat(93), 'AA')).toString('base64')).toString('base64')}\n  gz: ${gzipSync(Buffer.from(`KEY=${api('x'.repeat(93), 'AA')}\n`)).toString('base64')}\n`],
    ['neg/decoders/blobs.txt', [
      `random-b64=${Buffer.from(randomBody('neg-blob', 300)).toString('base64')}`,
      `gzip-header-then-noise=H4sIAAAAAAAA${randomBody('neg-gz-noise', 200).replace(/[-_]/g, 'A')}`,
      `random-hex=${Buffer.from(randomBody('neg-hex-blob', 200)).toString('hex')}`,
      `hex-low-entropy=${Buffer.from(api(lowEntropyBody('aB3', 93, 'neg-hex-low'), 'AA')).toString('hex')}`,
      `hex-cut=${Buffer.from(real.slice(0, 90)).toString('hex')}`,
      '',
    ].join('\n')],
    ['neg/decoders/escaped-placeholders.txt', [
      `url=https://x.example/?k=${api('x'.repeat(93), 'AA').replace(/-/g, '%2D')}`,
      `json={"k":"${api('X'.repeat(93), 'AA').replace(/-/g, '\\u002d')}"}`,
      `html=<code>${api('your-key-here').replace(/-/g, '&#45;')}</code>`,
      `qp=${api('x'.repeat(50))}=\r\n${'x'.repeat(43)}AA`,
      `cut-pct=${real.slice(0, 70).replace(/-/g, '%2D')}`,
      '',
    ].join('\n')],
    ['neg/decoders/docs-concat.md', [
      `Keys look like \`"${PREFIX}api03-" + "..."\`.`,
      `const key = "${PREFIX}api03-" + "${'x'.repeat(93)}AA";`,
      `const key2 = "${PREFIX}api03-" + process.env.ANTHROPIC_KEY_BODY;`,
      `KEY = ("${PREFIX}api03-"\n       "<your key here>")`,
      `half = "${real.slice(0, 50)}" + "${real.slice(50)}-old"`,
      '',
    ].join('\n')],
    ['neg/flood.txt', `${PREFIX}api03-`.repeat(2000) + '\n' + `${PREFIX}`.repeat(500) + '\n'],
  ];
  return files.map(([path, text]) => ({ path, bytes: Buffer.from(text, 'utf8'), expected: [] }));
}
