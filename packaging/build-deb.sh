#!/usr/bin/env bash
# Builds the Debian packages scim-engine and scim-console (plus their -dbgsym packages) from a clean copy of this
# tree and puts them into OUTDIR.
#
#   packaging/build-deb.sh OUTDIR
#
# The copy holds the files git knows (tracked, and untracked but not ignored, as they are in the working tree), so
# build directories and editor files never reach the package; outside a git checkout, everything but build*/ is
# copied. packaging/debian/ becomes debian/ in the copy, then dpkg-buildpackage builds the binary packages there
# (OUTDIR/.build/scim-console-VERSION, kept at the same path so that ccache hits on the next run).
#
# Environment: DEB_BUILD_OPTIONS (default "parallel=2"); CMAKE_CXX_COMPILER_LAUNCHER (default ccache when installed).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
outdir=$(realpath -m "$1")

"$root/packaging/install-deps.sh" deb

# One version everywhere: the CMake project and the Debian changelog must agree.
project_version=$(sed -n '/^project(/,/)/s/^ *VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
package_version=$(dpkg-parsechangelog -l "$root/packaging/debian/changelog" -S Version)
if [[ "$package_version" != "$project_version" ]]; then
    echo "build-deb: packaging/debian/changelog is at $package_version but CMakeLists.txt at $project_version;" \
         "add a changelog entry (dch -v $project_version)" >&2
    exit 1
fi

work="$outdir/.build"
src="$work/scim-console-$package_version"
rm -rf "$work"
mkdir -p "$src"
# OUTDIR may lie inside the tree: its files are never part of the copy.
inside=${outdir#"$root"/}
[[ "$inside" == "$outdir" ]] && inside=
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked files deleted in the working tree are left out, as a commit of the working tree would leave them.
    (cd "$root" && git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' file; do
            [[ -n "$inside" && "$file" == "$inside"/* ]] && continue
            [[ -e "$file" || -L "$file" ]] && printf '%s\0' "$file"
        done |
        tar --null --files-from=- -cf -) | tar -xf - -C "$src"
else
    (cd "$root" && tar --exclude='./build*' --exclude='./tests/conformance/node_modules' ${inside:+--exclude="./$inside"} \
        -cf - .) | tar -xf - -C "$src"
fi
rm -rf "$src/debian"
cp -a "$root/packaging/debian" "$src/debian"

export DEB_BUILD_OPTIONS=${DEB_BUILD_OPTIONS:-parallel=2}
if [[ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]] && command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
# debhelper gives the build a HOME of its own inside the copy; without this ccache would keep its cache there too.
if [[ "${CMAKE_CXX_COMPILER_LAUNCHER:-}" == *ccache* && -z "${CCACHE_DIR:-}" ]]; then
    CCACHE_DIR=$(ccache --get-config cache_dir)
    export CCACHE_DIR
fi
(cd "$src" && dpkg-buildpackage --build=binary --no-sign)

mkdir -p "$outdir"
shopt -s nullglob
# Earlier products of the same names go, so that OUTDIR holds exactly one version of each package.
rm -f "$outdir"/scim-{engine,console}{,-dbgsym}_*.deb "$outdir"/scim-console_*.{buildinfo,changes}
products=("$work"/*.deb "$work"/*.ddeb "$work"/*.buildinfo "$work"/*.changes)
mv -f "${products[@]}" "$outdir/"
rm -rf "$work"
echo "build-deb: packages in $outdir:"
ls -1 "$outdir"/*.deb
