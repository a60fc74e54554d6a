#!/usr/bin/env bash
# Installs, from Debian's packages, what a fresh machine lacks for Actor Map's tests:
# a JDK and Maven (the local Neo4j), Chromium (browser tests), xmllint, NetworkX and igraph
# with NumPy and SciPy (cross-checks of exports and analyses), poppler-utils (briefing PDFs). Safe to run again: it installs only what is missing.
set -euo pipefail

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)
# NetworkX's PageRank and eigenvector centrality run on SciPy and NumPy (only recommended by the package).
/usr/bin/python3 -c 'import numpy, scipy' >/dev/null 2>&1 || missing+=(python3-numpy python3-scipy)
/usr/bin/python3 -c 'import igraph' >/dev/null 2>&1 || missing+=(python3-igraph)
fc-list 2>/dev/null | grep -i 'Noto Sans Arabic' >/dev/null || missing+=(fonts-noto-core)
# The briefing tests read PDFs back as laid out (pdftotext) and render their pages (pdftoppm).
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present."
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
