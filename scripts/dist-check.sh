#!/bin/sh
# make dist-check: the tarball's executable runs where there is nothing but it and the C/C++
# runtime libraries (libc, libm, libstdc++, libgcc_s, the dynamic loader): in an empty root it
# starts a French site, builds it, takes a snapshot and checks it, without even /proc; then it
# serves it, with the kernel's /proc mounted as every container has it (libdispatch's thread
# pool reads it while a program runs a while, and stops the program without it). Needs root
# (chroot, mount).
# Usage: dist-check.sh dist/journeymap-VERSION-linux-ARCH.tar.gz
set -eu
tarball=$1
root=$(mktemp -d)
unpacked=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  if mountpoint -q "$root/proc" 2>/dev/null; then
    umount "$root/proc" || { echo "dist-check: cannot unmount $root/proc; leaving $root" >&2; rm -rf "$unpacked"; return; }
  fi
  rm -rf "$root" "$unpacked"
}
trap cleanup EXIT
tar -xzf "$tarball" -C "$unpacked"
binary=$(find "$unpacked" -name journeymap -type f)

# Only the C and C++ runtime libraries may be needed; no Swift library, no libcmark.
libraries=$(ldd "$binary" | awk '{ print $1 }')
for library in $libraries; do
  case $(basename "$library") in
    linux-vdso.so.*|linux-gate.so.*|libc.so.*|libm.so.*|libstdc++.so.*|libgcc_s.so.*|ld-linux*.so.*) ;;
    *) echo "dist-check: the executable needs $library, which an empty root does not have" >&2; exit 1 ;;
  esac
done

# The empty root: the executable and those libraries, at the paths the loader looks in.
cp "$binary" "$root/journeymap"
for path in $(ldd "$binary" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$path")"
  cp -L "$path" "$root$path"
done
echo "dist-check: the root holds $(find "$root" -type f | wc -l) files: $(cd "$root" && find . -type f | sort | tr '\n' ' ')"

run() {
  echo "dist-check: journeymap $*"
  chroot "$root" /journeymap "$@"
}
run --version
run new site . --lang fr
run build
run snapshot --label T1
run check
[ -f "$root/_site/index.html" ] || { echo "dist-check: no _site/index.html" >&2; exit 1; }
[ -f "$root/Content/history/T1.json" ] || { echo "dist-check: no snapshot" >&2; exit 1; }

# serve: the home page over loopback.
mkdir -p "$root/proc"
mount -t proc proc "$root/proc"
chroot "$root" /journeymap serve --port 0 > "$unpacked/serve.log" 2>&1 &
server=$!
address=""
for _ in $(seq 1 300); do  # up to 30 s on a busy machine
  address=$(grep -o 'http://127.0.0.1:[0-9]*/' "$unpacked/serve.log" || true)
  [ -n "$address" ] && break
  sleep 0.1
done
[ -n "$address" ] || { echo "dist-check: serve did not start:" >&2; cat "$unpacked/serve.log" >&2; exit 1; }
fetch() {
  python3 -c "import sys, urllib.request; page = urllib.request.urlopen(sys.argv[1]).read().decode(); assert 'Parcours clients' in page, page[:200]" "$address"
}
fetch
# Still serving a few seconds later: a long-running process meets what a short build does not.
sleep 3
kill -0 "$server" 2>/dev/null || { echo "dist-check: serve stopped:" >&2; cat "$unpacked/serve.log" >&2; exit 1; }
fetch
echo "dist-check: served $address"
echo "dist-check: passed"
