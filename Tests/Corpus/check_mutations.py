#!/usr/bin/env python3
"""Check mutations.tsv against the agreements in this folder (no bus-docs needed).

For every row: the file exists, `find` occurs in it, and the first occurrence is replaced by
`replace` (`\\n` in a field is a newline). For breach rows the script prints the `line` column and
that line of the edited file, so the line numbers can be reviewed by eye. Exit status 1 on any error.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ['file', 'kind', 'find', 'replace', 'rule', 'line', 'note']

def unescape(field):
    return field.replace('\\n', '\n')

def main():
    errors = 0
    with open(os.path.join(HERE, 'mutations.tsv'), encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f if line.strip()]
    if rows[0] != HEADER:
        print('bad header:', rows[0]); return 1
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADER):
            print(f'row {n}: {len(row)} fields'); errors += 1; continue
        name, kind, find, replace, rule, line, note = row
        path = os.path.join(HERE, name)
        if kind not in ('breach', 'variation') or not os.path.exists(path):
            print(f'row {n}: bad kind or missing file'); errors += 1; continue
        with open(path, encoding='utf-8', newline='') as f:
            text = f.read()
        find, replace = unescape(find), unescape(replace)
        pos = text.find(find)
        if pos < 0:
            print(f'row {n}: find not in {name}'); errors += 1; continue
        edited = text[:pos] + replace + text[pos + len(find):]
        lines = edited.split('\n')
        first = edited[:pos].count('\n') + 1
        if kind == 'breach':
            if not rule or not line.isdigit() or not 1 <= int(line) <= len(lines):
                print(f'row {n}: breach needs rule and a line inside the file'); errors += 1; continue
            shown = lines[int(line) - 1].rstrip('\r')
            print(f'{n:3} {rule} {name}:{line} (edit at {first}) | {shown[:100]}')
        elif rule or line:
            print(f'row {n}: variation with rule/line'); errors += 1
        else:
            print(f'{n:3} variation {name}:{first}')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
