#!/usr/bin/env bash
# Regenerates the NSwag and Kiota peer clients the benchmarks compare against, from docs/openapi.json, limited to the
# benchmarked paths. Their output is committed; run this after docs/openapi.json changes. Needs NuGet access (restores
# NSwag.CodeGeneration.CSharp and installs the Kiota tool 1.38.0 into a temporary folder). Usage: bash bench/generate-peer-clients.sh
set -euo pipefail
cd "$(dirname "$0")/.."

paths=("/accounts/{account}/licenses" "/accounts/{account}/licenses/{id}" "/accounts/{account}/licenses/actions/validate-key")
peers=bench/KeygenGen.Benchmarks/Peers

dotnet run --project bench/tools/NSwagClientGen -c Release -- docs/openapi.json "$peers/NSwag/KeygenNSwagClient.g.cs" "${paths[@]}"

tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
dotnet tool install --tool-path "$tools" Microsoft.OpenApi.Kiota --version 1.38.0 >/dev/null
include=()
for path in "${paths[@]}"; do include+=(--include-path "$path"); done
rm -rf "$peers/Kiota/Generated"
KIOTA_TUTORIAL_ENABLED=false KIOTA_OFFLINE_ENABLED=true "$tools/kiota" generate \
  -d docs/openapi.json -l CSharp -c KeygenKiotaClient -n KeygenGen.Benchmarks.Peers.Kiota.Generated \
  -o "$peers/Kiota/Generated" --exclude-backward-compatible --clean-output "${include[@]}"
# The lock file records the absolute path of the description; it is not needed to build.
rm -f "$peers/Kiota/Generated/kiota-lock.json"
echo "Peer clients regenerated under $peers."
