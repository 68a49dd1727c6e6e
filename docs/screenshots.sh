#!/bin/sh
# Screenshots of the main window in each language, on the demo database, under
# a virtual X server: docs/screenshot-<lang>.png.
#   docs/screenshots.sh [BUILD_DIR]   (default: build)
# Needs xvfb-run, ImageMagick's `import` and the sqlite3 shell. The window opens at
# 90 % of the 1600x1000 screen, 1440x900, which is what is captured.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build"}
app="$build/bin/appealdesk"
[ -x "$app" ] || { echo "no $app: build first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
"$app" demo --cases 500 --seed 1 --db "$db" >/dev/null

# A fixed agent and a fresh layout, whatever the user's own settings are.
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/AppealDesk"
printf '[agent]\nname=Anna Lindqvist\n' >"$XDG_CONFIG_HOME/AppealDesk/appealdesk.conf"

# An open P2P case with a transcript, the same one in every language.
case_id=$(sqlite3 "$db" "SELECT case_id FROM cases WHERE status = 'open' AND kind = 'p2p_appeal' ORDER BY id LIMIT 1" 2>/dev/null || true)

for lang in en sv bg th; do
    out="$here/screenshot-$lang.png"
    xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
        "$1" --db "$2" --lang "$3" ${4:+--open "$4"} &
        pid=$!
        sleep 4
        import -window root -crop 1440x900+0+0 +repage "$5"
        kill $pid
    ' sh "$app" "$db" "$lang" "$case_id" "$out"
    echo "$out"
done
