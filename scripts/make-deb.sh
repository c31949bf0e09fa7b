#!/usr/bin/env bash
# `make deb`: a Debian package of bus-docs with dpkg-deb — the binary, the man page and the bash, zsh and
# fish completions as `make install` lays them out under /usr, and Depends read from the libraries the
# binary links (each library's Debian package, through dpkg -S).
# Usage: scripts/make-deb.sh BIN OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$1
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
ROOT="$OUT/root"
VERSION=$("$BIN" --version)
ARCH=$(dpkg --print-architecture)
MAINTAINER=${DEB_MAINTAINER:-bus-docs maintainers <bus-docs@localhost>}

rm -rf "$ROOT"
make --no-print-directory install BIN="$BIN" PREFIX=/usr DESTDIR="$ROOT" ZSH_COMPLETIONS=/usr/share/zsh/vendor-completions
gzip -9n "$ROOT/usr/share/man/man1/bus-docs.1" "$ROOT/usr/share/man/sv/man1/bus-docs.1"

# The packages of the shared libraries the binary needs; a library no package has is named (a debug
# build links the Swift runtime from the toolchain: `make deb` builds the release binary, which has it inside).
depends=()
unowned=()
while read -r library; do
  package=$(dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "/usr$library" 2>/dev/null || true)
  if [ -n "$package" ]; then depends+=("${package%%:*}"); else unowned+=("$library"); fi
done < <(ldd "$BIN" | awk '/=> \// { print $3 }')
if [ ${#unowned[@]} -gt 0 ]; then
  echo "make deb: warning: no Debian package has ${unowned[*]}; the package will not run where they are missing" >&2
fi
DEPENDS=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, | sed 's/,/, /g')

mkdir -p "$ROOT/DEBIAN"
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: bus-docs
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Depends: $DEPENDS
Recommends: git
Section: utils
Priority: optional
Installed-Size: $(du -sk "$ROOT/usr" | cut -f1)
Description: check and publish local BUS agreements
 bus-docs checks lokala BUS-överenskommelser (collaboration agreements between
 Swedish municipalities and Region Stockholm about children in need of special
 support) against the regional rules, and publishes them with protocols, agendas
 and deviation forms.
CONTROL
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$ROOT" "$OUT/bus-docs_${VERSION}_${ARCH}.deb"
rm -rf "$ROOT"
