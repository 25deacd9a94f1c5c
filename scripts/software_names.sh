#!/bin/bash
# Rebuild redactor/data/software_names.txt from the registry listings (one package a line, with downloads):
#   scripts/software_names.sh NPM_TSV PYPI_TSV > redactor/data/software_names.txt
# NPM_TSV: name, version, downloads a month, ...; PYPI_TSV: name, version, month, download rank (15,000 ranked), ...
set -euo pipefail
npm=$1; pypi=$2
head -5 "$(dirname "$0")/../redactor/data/software_names.txt"
{
  awk -F'\t' 'NR>1 && $3>=100000 {print $1}' "$npm" | grep -v '^@'  # scopes are often their authors' handles
  awk -F'\t' 'NR>1 && $4!="" {print $1}' "$pypi"
} | tr 'A-Z' 'a-z' | grep -xE '[a-z]{3,}' | sort -u
