#!/bin/sh
# Screenshots in each language, on the demo database, under a virtual X server:
#   docs/screenshot-<lang>.png         the main window, queue and case (its timeline)
#   docs/screenshot-case-<lang>.png    the window on a live-chat abuse case: its chat, flagged words, suggestion
#   docs/screenshot-report-<lang>.png  the report dialog with the preview of this month's report
#   docs/screenshot-conversation-<lang>-<W>x<H>.png  the window at 1296x810 and 1024x700 on a case with
#                                      abuse in its chat: the conversation with the order's events
#   docs/screenshots.sh [BUILD_DIR]   (default: build)
# The second review (docs/screenshot-review-<lang>.png) is grabbed by the view test on 500 demo cases:
#   APPEALDESK_SCREENSHOT_DIR=docs QT_QPA_PLATFORM=offscreen build/tests/views/tst_teamleadviews reviewOnTheDemo
# The claim banner and the override dialog (docs/screenshot-claim-<lang>.png, screenshot-override-<lang>.png):
#   APPEALDESK_SCREENSHOT_DIR=docs QT_QPA_PLATFORM=offscreen build/tests/views/tst_claimandoverride
# Needs xvfb-run, xdotool, ImageMagick's `import` and the sqlite3 shell. The window opens at
# 90 % of the 1600x1000 screen, 1440x900, which is what is captured.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build"}
app="$build/bin/appealdesk"
[ -x "$app" ] || { echo "no $app: build first" >&2; exit 2; }
for tool in xvfb-run xdotool import sqlite3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt install xvfb xdotool imagemagick sqlite3)" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
# Dated from now, so the queue shows what a working day does: due, soon-due and overdue cases.
"$app" demo --cases 500 --seed 1 --at "$(date -u +%Y-%m-%dT%H:%M:00Z)" --db "$db" >/dev/null 2>&1

# A fixed agent and a fresh layout, whatever the user's own settings are.
export XDG_CONFIG_HOME="$work/config"
reset_settings() {
    rm -rf "$XDG_CONFIG_HOME"
    mkdir -p "$XDG_CONFIG_HOME/AppealDesk"
    printf '[agent]\nname=Anna Lindqvist\n' >"$XDG_CONFIG_HOME/AppealDesk/appealdesk.conf"
}

# shot LANG CASE OUT KEYS CROP: starts the window on CASE, types KEYS (xdotool key names,
# space-separated; "" for none), waits, and captures the newest window (the dialog the
# keys opened, if any) cropped to CROP (an ImageMagick geometry; "" for the whole window).
shot() {
    reset_settings
    xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
        "$1" --db "$2" --lang "$3" ${4:+--open "$4"} &
        pid=$!
        sleep 4
        main=$(xdotool search --onlyvisible --classname appealdesk | head -1)
        xdotool windowfocus --sync "$main"
        for key in $6; do xdotool key "$key"; sleep 1; done
        sleep 2
        window=$(xdotool search --onlyvisible --classname appealdesk | tail -1)
        import -window "$window" ${7:+-crop "$7" +repage} "$5"
        kill $pid
    ' sh "$app" "$db" "$1" "$2" "$3" "$4" "$5"
    echo "$3"
}

# sized LANG CASE OUT WIDTH HEIGHT: the window on CASE at exactly WIDTH x HEIGHT, on a screen that size.
sized() {
    reset_settings
    xvfb-run -a -s "-screen 0 ${4}x${5}x24" sh -c '
        "$1" --db "$2" --lang "$3" --open "$4" &
        pid=$!
        main=
        for i in $(seq 30); do
            sleep 1
            main=$(xdotool search --onlyvisible --classname appealdesk | head -1) && [ -n "$main" ] && break
        done
        sleep 2
        xdotool windowmove --sync "$main" 0 0 windowsize --sync "$main" "$6" "$7"
        sleep 2
        import -window "$main" "$5"
        kill $pid
    ' sh "$app" "$db" "$1" "$2" "$3" "$4" "$5"
    echo "$3"
}

first_case() {
    sqlite3 "$db" "SELECT case_id FROM cases WHERE status = 'open' AND $1 ORDER BY id LIMIT 1"
}

# An open P2P case, the same one in every language.
p2p_case=$(first_case "kind = 'p2p_appeal'")
for lang in en sv bg th; do
    shot "$lang" "$p2p_case" "$here/screenshot-$lang.png" "" "1440x900+0+0"
    # Abuse in the chat, in the language of the window where the demo has one. Escape leaves the
    # search box, where case shortcuts do not fire; Ctrl+Shift+F shows the chat and its find bar.
    abuse_case=$(first_case "suggested_clause = 'LC1' AND language = '$lang'")
    shot "$lang" "${abuse_case:-$(first_case "suggested_clause = 'LC1'")}" "$here/screenshot-case-$lang.png" \
        "Escape ctrl+shift+f" "1440x900+0+0"
    # Alt+V is Preview in English, Swedish (Förhands&granska: Alt+G) and Bulgarian (&Преглед) differ.
    case $lang in
    sv) preview=alt+g ;;
    bg) preview=alt+Cyrillic_pe ;;
    *) preview=alt+v ;;
    esac
    shot "$lang" "" "$here/screenshot-report-$lang.png" "ctrl+r $preview" ""
done

# The conversation at the two small screens of issue 14 (item 5), on a case whose chat has a flag.
for lang in en sv bg th; do
    abuse_case=$(first_case "suggested_clause = 'LC1' AND language = '$lang'")
    for size in 1296x810 1024x700; do
        sized "$lang" "${abuse_case:-$(first_case "suggested_clause = 'LC1'")}" \
            "$here/screenshot-conversation-$lang-$size.png" "${size%x*}" "${size#*x}"
    done
done
