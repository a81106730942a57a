#!/bin/sh
# Builds the two bench-only WARs into target/bench/ (never part of the production WAR):
#   target/bench/bench.war        the bare-insert endpoint POST /bench/api/bare (bench/bare/)
#   target/bench/empty/ROOT.war   an empty WAR: one static index.html at / (bench/empty/)
# Needs only the JDK and the Jakarta EE API jar from the local Maven repository (run ./mvnw -o package once).
set -eu
cd "$(dirname "$0")/.."
api="${HOME}/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
out=target/bench
mkdir -p "$out/empty"
tmp=$(mktemp -d "$out/build.XXXXXX")   # its own folder: two pair scripts may build at the same time
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bare-classes/WEB-INF/classes" "$tmp/empty-root"
javac --release 17 -cp "$api" -d "$tmp/bare-classes/WEB-INF/classes" $(find bench/bare -name '*.java')
# the bench WAR carries its own Connector/J, as the portal's WAR does (Payara Micro has no MySQL driver)
mkdir -p "$tmp/bare-classes/WEB-INF/lib"
cp "${HOME}/.m2/repository/com/mysql/mysql-connector-j/9.5.0/mysql-connector-j-9.5.0.jar" "$tmp/bare-classes/WEB-INF/lib/"
(cd "$tmp/bare-classes" && jar cf ../bench.war .) && mv "$tmp/bench.war" "$out/bench.war"
cp bench/empty/index.html "$tmp/empty-root/"
(cd "$tmp/empty-root" && jar cf ../ROOT.war .) && mv "$tmp/ROOT.war" "$out/empty/ROOT.war"
echo "built $out/bench.war and $out/empty/ROOT.war"
