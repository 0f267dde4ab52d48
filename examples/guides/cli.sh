#!/usr/bin/env bash
# The `wriftai` command line (the cli extra). The site's Bulk runs and command line guide
# includes the marked parts; the test suite runs this file against the emulator with
# WRIFTAI_ACCESS_TOKEN and WRIFTAI_API_BASE_URL set, in a scratch folder.
set -euo pipefail
cd "$(mktemp -d)"
printf '{"prompt": "one"}\n{"prompt": "two"}\n{"prompt": "three"}\n' >inputs.jsonl
printf 'prompt\nThe sea is\nThe sky is\n' >prompts.csv
echo '{"prompt": "from a file"}' >input.json

# --8<-- [start:commands]
wriftai models list --limit 3
wriftai models get wriftai/echo
wriftai predictions create wriftai/echo --input '{"prompt": "hello"}' --wait
wriftai predictions create wriftai/echo --input @input.json --wait --stream  # JSON lines
wriftai complete llama-2-7b "The sea is" --max-new-tokens 5 --stream  # text as it comes
# --8<-- [end:commands]

# --8<-- [start:bulk]
wriftai bulk predictions inputs.jsonl --model wriftai/echo --output results.jsonl
wriftai bulk predictions inputs.jsonl --model wriftai/echo --output results.jsonl --resume
wriftai bulk completions prompts.csv --model llama-2-7b --output out.jsonl --temperature 0
# --8<-- [end:bulk]

test "$(wc -l <results.jsonl)" -eq 3
test "$(wc -l <out.jsonl)" -eq 2
