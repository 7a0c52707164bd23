#!/bin/bash
# Makes the demo recordings from the dialogue files beside this script: each turn is spoken
# with espeak-ng (a different voice for the worker and the parent), joined with short pauses,
# laid over a little room noise with sox, and encoded as small mono Ogg/Opus with ffmpeg.
# Writes <name>.ogg for each dialogue and manifest.json with every file's duration and the
# start of every turn, which the demo generator uses to place evidence notes at real moments.
#
# Needs espeak-ng, sox and ffmpeg (libopus). Run it from anywhere; the outputs are committed,
# so a build never runs it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
rate=16000
bitrate=6k

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# name|title|session type|worker voice|worker pitch|worker speed|parent voice|parent pitch|parent speed
recordings=(
    "home-visit-school|Home visit about Jayden's school attendance|home_visit|en-gb-x-rp|45|150|en-gb+f3|60|160"
    "follow-up-safe-sleep|Follow-up visit about Amira's evenings and safe sleep|home_visit|en-gb+f2|55|148|en-gb-scotland|35|155"
)

json_escape() {
    local s="$1"
    s="${s//\\/\\\\}"
    s="${s//\"/\\\"}"
    printf '%s' "$s"
}

# Seconds (decimal) to whole milliseconds.
to_ms() {
    awk -v s="$1" 'BEGIN { printf "%d", s * 1000 + 0.5 }'
}

manifest="$work/manifest.json"
{
    printf '{\n  "version": 1,\n  "generator": "resources/demo/make-demo-audio.sh",\n'
    printf '  "recordings": [\n'
} >"$manifest"

first_recording=1
for spec in "${recordings[@]}"; do
    IFS='|' read -r name title session wvoice wpitch wspeed pvoice ppitch pspeed <<<"$spec"
    dialogue="$here/$name.txt"
    parts=()
    turns_json=""
    position=0
    index=0
    while IFS= read -r line || [ -n "$line" ]; do
        [[ -z "$line" || "$line" == \#* ]] && continue
        IFS='|' read -r speaker text kind skills note <<<"$line"
        if [ "$speaker" = W ]; then
            voice=$wvoice pitch=$wpitch speed=$wspeed role=worker
        else
            voice=$pvoice pitch=$ppitch speed=$pspeed role=parent
        fi
        raw="$work/$name-$index-raw.wav"
        turn="$work/$name-$index.wav"
        espeak-ng -v "$voice" -p "$pitch" -s "$speed" -w "$raw" "$text"
        # Telephone-like band and a touch of room, as a dictaphone on a kitchen table sounds.
        sox "$raw" -r "$rate" -c 1 -b 16 "$turn" gain -6 highpass 120 lowpass 3800 reverb 15 50 40 \
            gain -n -3
        # A varied pause before each turn (none before the first), as people leave in talk.
        pause=$(awk -v i="$index" 'BEGIN { printf "%.2f", (i == 0) ? 0.8 : 0.45 + ((i * 37) % 50) / 100 }')
        gap="$work/$name-$index-gap.wav"
        sox -n -r "$rate" -c 1 -b 16 "$gap" trim 0 "$pause"
        parts+=("$gap" "$turn")
        start=$(awk -v p="$position" -v g="$pause" 'BEGIN { printf "%.3f", p + g }')
        length=$(soxi -D "$turn")
        position=$(awk -v s="$start" -v l="$length" 'BEGIN { printf "%.3f", s + l }')

        entry="      {\"speaker\": \"$role\", \"start_ms\": $(to_ms "$start"), \"end_ms\": $(to_ms "$position"), \"text\": \"$(json_escape "$text")\""
        if [ -n "${kind:-}" ]; then
            skills_json=$(printf '%s' "$skills" | awk -F, '{ for (i = 1; i <= NF; ++i) printf "%s\"%s\"", (i > 1 ? ", " : ""), $i }')
            entry+=", \"note\": {\"kind\": \"$kind\", \"skills\": [$skills_json], \"text\": \"$(json_escape "$note")\"}"
        fi
        entry+="}"
        if [ -n "$turns_json" ]; then
            turns_json+=$',\n'
        fi
        turns_json+="$entry"
        index=$((index + 1))
        kind="" skills="" note=""
    done <"$dialogue"

    tail="$work/$name-tail.wav"
    sox -n -r "$rate" -c 1 -b 16 "$tail" trim 0 1.2
    speech="$work/$name-speech.wav"
    # Even out the loudness of the two voices, as a dictaphone's automatic level control does.
    sox "${parts[@]}" "$tail" "$speech" compand 0.05,0.3 6:-70,-60,-20 -5 -90 0.1 gain -n -3
    total=$(soxi -D "$speech")
    # Quiet brown noise under the speech, so the waveform never sits on digital silence.
    noise="$work/$name-noise.wav"
    sox -R -n -r "$rate" -c 1 -b 16 "$noise" synth "$total" brownnoise vol 0.02
    mixed="$work/$name-mixed.wav"
    sox -m "$speech" "$noise" "$mixed" gain -n -2
    ffmpeg -hide_banner -loglevel error -y -i "$mixed" -ac 1 -c:a libopus -b:a "$bitrate" \
        -application voip -map_metadata -1 -fflags +bitexact "$here/$name.ogg"
    duration=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$here/$name.ogg")

    [ "$first_recording" = 1 ] || printf ',\n' >>"$manifest"
    first_recording=0
    {
        printf '    {\n'
        printf '      "file": "%s.ogg",\n' "$name"
        printf '      "title": "%s",\n' "$(json_escape "$title")"
        printf '      "session_type": "%s",\n' "$session"
        printf '      "duration_ms": %s,\n' "$(to_ms "$duration")"
        printf '      "turns": [\n%s\n      ]\n' "$(printf '%s' "$turns_json" | sed 's/^/  /')"
        printf '    }'
    } >>"$manifest"
    printf '%s.ogg: %.1f s, %s bytes\n' "$name" "$duration" "$(stat -c %s "$here/$name.ogg")"
done

printf '\n  ]\n}\n' >>"$manifest"
cp "$manifest" "$here/manifest.json"
