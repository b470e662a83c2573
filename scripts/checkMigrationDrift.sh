#!/usr/bin/env bash
# Fails when the Payload schema has changed without a committed migration, for SQLite and
# PostgreSQL alike: migrate:create --skip-empty writes a file only when there is a difference.
set -euo pipefail
cd "$(dirname "$0")/.."

before=$(git status --porcelain --untracked-files=all -- migrations)
npm run --silent migrate:create:sqlite -- drift-check --skip-empty >/dev/null
npm run --silent migrate:create:postgres -- drift-check --skip-empty >/dev/null
after=$(git status --porcelain --untracked-files=all -- migrations)

if [ "$before" != "$after" ]; then
  echo "The schema differs from the committed migrations. New migration files:" >&2
  git status --porcelain --untracked-files=all -- migrations | grep drift-check >&2 || true
  echo "Create a real migration: npm run migrate:create:sqlite -- <name> and npm run migrate:create:postgres -- <name>" >&2
  git checkout -- migrations/sqlite/index.ts migrations/postgres/index.ts 2>/dev/null || true
  git clean -fq -- migrations >/dev/null
  exit 1
fi
echo "Migrations match the schema (SQLite and PostgreSQL)."
