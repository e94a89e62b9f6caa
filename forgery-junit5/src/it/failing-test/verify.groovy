// Checks what a user sees when forgery tests fail under Maven Surefire at its default settings, on
// the oldest and the newest Surefire covered, then replays the failures every way the report offers:
//   round 1, Surefire 3.0.0-M5 (invoker.properties): a random run; trimmed stack traces drop the
//            suppressed report, so the seed must reach the console and XML another way;
//   round 2, Surefire 3.5.x (the pom's), as every later round: the printed -Dforgery.seed, which must
//            reproduce every test's values and show the same reports, now also in the full stack trace;
//   round 3: the remembered failed-seeds file; round 4: that file corrupted, in two forks;
//   round 5: two forks, each running its tests with JUnit's parallel execution, each drawing its
//            own run seed; round 6: one fork's printed -Dforgery.seed in a serial run, which must
//            reproduce the tests that fork ran;
//   round 7: round 1's @Seed pasted on a trimmed copy of the failing test in another class and
//            package, run alone.
// The tests write what they saw to target/observed/<round>/ (see it.Observed).

import javax.xml.parsers.DocumentBuilderFactory

def fail = { String message -> throw new AssertionError(message) }
def reports = new File(basedir, 'target/surefire-reports')
def hex = '0x[0-9A-F]+'
def quote = { String text -> java.util.regex.Pattern.quote(text) }

// The failing tests: display name, class, the message they fail with.
def signup = [display: 'SignupTest > rejectsDuplicateEmails(List, String, String)', name: 'SignupTest.rejectsDuplicateEmails',
              type: 'it.SignupTest', method: 'rejectsDuplicateEmails', message: 'expected one duplicate email']
def profile = [display: 'ProfileTest > acceptsOnlyAdults(int, String)', name: 'ProfileTest.acceptsOnlyAdults',
               type: 'it.ProfileTest', method: 'acceptsOnlyAdults', message: ', under 18']
def failing = [signup, profile]
def passing = ['SignupTest.namesAreNeverBlank', 'ProfileTest.emailsHaveAnAtSign']

// Surefire reads a fork's standard output as its event channel: text written to the stream it
// replaced is reported as corrupted (a warning and a .dumpstream file) instead of shown.
def expectCleanStreams = { String round, String output ->
  def warning = output.readLines().find { it.contains('Corrupted STDOUT') || it.contains('Corrupted channel') }
  if (warning) fail(round + ': ' + warning)
  def dumps = reports.listFiles().findAll { it.name.endsWith('.dumpstream') }
  if (dumps) fail(round + ': ' + dumps*.name + ' holds: ' + dumps[0].text.take(2000))
}

def expectSurefire = { String round, String output, String version ->
  if (!(output =~ ('(?m)--- (maven-)?surefire(-plugin)?:' + version + ':test '))) fail(round + ' did not run Surefire ' + version)
}

// What a test saw in a round: its values (name -> value) and where it ran (fork, thread, together).
def observed = { String round, String test, String kind ->
  def file = new File(basedir, 'target/observed/' + round + '/' + test + '.' + kind)
  if (!file.exists()) fail('round ' + round + ': ' + test + ' wrote no ' + file.name)
  file.readLines().collectEntries { def (k, v) = it.split(' = ', 2); [(k): v] }
}
def expectSameValues = { String round, String test, String reference, String referenceTest = null, List<String> names = null ->
  referenceTest = referenceTest ?: test
  def seen = observed(round, test, 'values')
  def expected = observed(reference, referenceTest, 'values')
  if (names != null) expected = expected.subMap(names)
  def differing = expected.findAll { k, v -> seen[k] != v }
  if (differing) fail('round ' + round + ': ' + test + ' saw ' + seen.subMap(differing.keySet()) + ', round ' + reference + "'s " + referenceTest + ' ' + differing)
}

// The listener's line for a failed test, printed while the test runs, so that Surefire files it as
// that test's output: in the console and, with xml, in the test's <system-out> in the XML report.
// Checks that it appears once, names the seed, the @Seed to paste and the given run hint, and that
// the summary at the end lists the test once, with the same; returns the test's seed and the XML
// failure's text.
// With ownOutput false (parallel execution), the line need only be in the <system-out> of some test
// of the class: Surefire files a line by which of the class's tests it takes to be running, and
// with two running at once it sometimes files it under the other one.
def expectReport = { String round, String output, Map test, String hint, boolean xml = true, boolean ownOutput = true ->
  def pattern = '(?m)^\\[forgery\\] ' + quote(test.display) + ' failed with forgery seed (' + hex + '): replay it with @Seed\\((' + hex + ')L\\) \\(run: ([^()\\n]*)\\)$'
  def lines = (output =~ pattern).collect { it }
  if (lines.size() != 1) fail(round + ': the console has ' + lines.size() + ' failure lines for ' + test.display)
  def (whole, seed, pasted, runHint) = lines[0]
  if (pasted != seed) fail(round + ': the @Seed is not the seed: ' + whole)
  if (runHint != hint) fail(round + ': the run hint is not "' + hint + '": ' + whole)
  def summary = '[forgery]   ' + test.display + ': @Seed(' + seed + 'L) (run: ' + hint + ')'
  def listed = output.readLines().findAll { it.contains('[forgery]   ' + test.display + ':') }
  if (listed.size() != 1 || !listed[0].endsWith(summary)) fail(round + ': the summary should list "' + summary + '" once: ' + listed)
  if (!xml) return [seed, '']

  def doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, 'TEST-' + test.type + '.xml'))
  def testcases = doc.getElementsByTagName('testcase')
  def failed = (0..<testcases.length).collect { testcases.item(it) }.find { it.getAttribute('name').startsWith(test.method) }
  if (failed == null) fail(round + ': no XML testcase for ' + test.method)
  def text = { String tag -> def nodes = failed.getElementsByTagName(tag); nodes.length == 0 ? '' : nodes.item(0).textContent }
  if (!text('failure').contains(test.message)) fail(round + ': the XML testcase lacks the failure')
  def line = whole.substring(whole.indexOf('[forgery]'))
  if (ownOutput) {
    if (!text('system-out').contains(line)) fail(round + ": the failed test's XML <system-out> lacks the failure line; it holds: " + text('system-out'))
  } else {
    def outs = doc.getElementsByTagName('system-out')
    if (!(0..<outs.length).any { outs.item(it).textContent.contains(line) }) fail(round + ': no <system-out> of ' + test.type + "'s XML holds the failure line")
  }
  return [seed, text('failure')]
}

// The failed tests' count in the summary, once per test JVM that had failures.
def expectSummaries = { String round, String output, List<Integer> counts ->
  def heads = (output =~ /\[forgery\] (\d+) failed tests?; paste the @Seed on a test method to replay its data:/).collect { it[1] as int }
  if (heads.sort() != counts.sort()) fail(round + ': summary heads for ' + heads + ' failed tests, expected ' + counts)
}

// Round 1: Surefire 3.0.0-M5.
def log = new File(basedir, 'build.log').text
expectSurefire('round 1', log, '3.0.0-M5')
expectCleanStreams('round 1', log)
def header = (log =~ /\[forgery\] Surefire fork 1, process (\d+): run seed (0x[0-9A-F]+) \(random, this fork's own: each fork draws one\); replay the tests of this fork with -Dforgery\.seed=(0x[0-9A-F]+) -Dforgery\.today=(\d{4}-\d{2}-\d{2})/)
if (!header.find()) fail('no run-seed header in build.log')
def process1 = header.group(1)
def runSeed = header.group(3)
def today = header.group(4)
def runFlags = '-Dforgery.seed=' + runSeed + ' -Dforgery.today=' + today
failing.each { if (!log.contains(it.message)) fail('build.log lacks the failure of ' + it.display) }
if (log.contains('Suppressed: dev.forgery')) fail('round 1 should show a trimmed stack trace, as Surefire 3.0.0-M5 does by default')
def seeds1 = failing.collectEntries { [(it.name): expectReport('round 1', log, it, runFlags + ' replays the tests that ran in Surefire fork 1, process ' + process1)[0]] }
expectSummaries('round 1', log, [2])
def assertion1 = (log =~ /org\.opentest4j\.AssertionFailedError: expected one duplicate email[^\n]*/)
if (!assertion1.find()) fail('build.log lacks the assertion message')

def seeds = new File(basedir, 'target/forgery/failed-seeds.properties')
failing.each { if (!seeds.text.contains(it.method)) fail('failed seed of ' + it.method + ' not remembered: ' + seeds.text) }
if (passing.any { seeds.text.contains(it.split('\\.')[1]) }) fail('a passing test was remembered: ' + seeds.text)

// The same repository set-up as round 1 (src/it/settings.xml), so cached artifacts count as found.
// Not offline: like the invoker's own run, artifacts come from the build's local repository through
// that file's repository, which offline mode would refuse (round 1 used another Surefire).
def settings = new File(basedir, 'round-settings.xml')
settings.text = new File(basedir, '../../../src/it/settings.xml').text
    .replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString())
def mvn = { String round, List<String> args ->
  def mvnScript = System.getProperty('os.name').toLowerCase().contains('windows') ? '/bin/mvn.cmd' : '/bin/mvn'
  def command = [mavenHome + mvnScript, '-B', '-s', settings.path,
                 '-Dmaven.repo.local=' + localRepositoryPath, 'test', '-Dit.round=' + round] + args
  def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  process.waitFor()
  new File(basedir, 'round-' + round + '.log').text = output
  expectCleanStreams('round ' + round, output)
  return output
}

// Round 2: Surefire 3.5.x replays round 1's run seed and date, and with them every test's seed,
// values and report.
def round2 = mvn('2', ['-Dforgery.replay=false', '-Dforgery.seed=' + runSeed, '-Dforgery.today=' + today])
expectSurefire('round 2', round2, '3\\.5\\.\\d+')
if (!(round2 =~ ('\\[forgery\\] Surefire fork 1, process \\d+: ' + quote('run seed ' + runSeed + ' (from forgery.seed); replay this run with ' + runFlags))).find()) fail('round 2 did not use ' + runSeed)
(failing*.name + passing).each { expectSameValues('2', it, '1') }
failing.each { test ->
  def (seed2, trace2) = expectReport('round 2', round2, test, runFlags)
  if (seed2 != seeds1[test.name]) fail('round 2 ran ' + test.display + ' with ' + seed2 + ', round 1 with ' + seeds1[test.name])
  // The full report rides on the stack trace, which Surefire 3.5 does not trim.
  def suppressed = 'Suppressed: dev.forgery.junit5.internal.ForgeryReport: forgery seed ' + seed2 + ' for ' + test.display + ' (derived from forgery.seed)'
  [suppressed, 'replay this test: @Seed(' + seed2 + 'L) with -Dforgery.today=' + today, 'replay the run:   ' + runFlags].each {
    if (!round2.contains(it)) fail('round 2 console lacks: ' + it)
    if (!trace2.contains(it)) fail('round 2 XML failure lacks: ' + it)
  }
}
['emails = ["', 'owner = "', 'city = "', 'age = ', 'username = "'].each { if (!round2.contains(it)) fail('round 2 report lacks the injected ' + it) }
expectSummaries('round 2', round2, [2])

// Round 3: the remembered seeds, with a new random run seed for everything else.
def round3 = mvn('3', [])
failing.each { test ->
  def seed = seeds1[test.name]
  if (!round3.contains('[forgery] replaying seed ' + seed + ' for ' + test.display + ', which failed with it last run')) fail('round 3 did not note the replay of ' + test.display)
  def line = round3 =~ ('\\[forgery\\] ' + quote(test.display) + ' failed with forgery seed ' + seed + ': replay it with @Seed\\(' + seed + 'L\\) \\(run: -Dforgery\\.seed=' + hex + ' -Dforgery\\.today=' + today + ' replays the other tests that ran in Surefire fork 1, process \\d+, not this one: its seed came from the replay file\\)')
  if (!line.find()) fail('round 3 did not report the replayed seed of ' + test.display)
  expectSameValues('3', test.name, '1')
}

// Round 4: a hand-damaged replay file is one warning per fork; its good lines still replay, every
// other test runs normally, and the file is rewritten without the damage. Two forks each say so.
def bs = '\\' // kept apart from the u below, which the Groovy lexer would read as a unicode escape
def firstBad = seeds.readLines().size() + 1
seeds.append('[engine' + bs + ':junit-jupiter]/[class' + bs + ':it.GoneTest]/[method' + bs + ':gone()]=0x' + bs + 'uZZ12\nnot a seed\n')
def round4 = mvn('4', ['-DforkCount=2'])
def warning = '[forgery] the replay file target/forgery/failed-seeds.properties has 2 malformed lines, ignored: line ' + firstBad + ': '
def warnings = round4.count(warning)
def headers4 = round4.readLines().findAll { it.contains('[forgery] ') && it.contains(' run seed ') }
if (headers4.isEmpty() || !headers4.every { it ==~ /.*\[forgery\] Surefire fork [12], process \d+: run seed 0x[0-9A-F]+ \(random, this fork's own: each fork draws one\); replay the tests of this fork with -Dforgery\.seed=0x[0-9A-F]+ -Dforgery\.today=\d{4}-\d{2}-\d{2}/ }) fail('round 4 fork headers: ' + headers4)
if (warnings < 1 || warnings > headers4.size()) fail('round 4 warned ' + warnings + ' times for ' + headers4.size() + ' forks')
if (!round4.contains('(a malformed ' + bs + "uXXXX escape); line " + (firstBad + 1) + ": 'not a seed' ('a seed' is not a seed). Its other entries are replayed. Delete the file to start afresh")) fail('round 4 warning lacks the bad lines or the advice')
failing.each { test ->
  if (!round4.contains('[forgery] replaying seed ' + seeds1[test.name] + ' for ' + test.display)) fail('round 4 did not replay ' + test.display)
  expectSameValues('4', test.name, '1')
}
if (!round4.contains('Tests run: 4, Failures: 2, Errors: 0')) fail('round 4 did not run the other tests normally')
if (seeds.text.contains('ZZ12') || !failing.every { seeds.text.contains(it.method) }) fail('round 4 did not rewrite the file: ' + seeds.text)

// Round 5: two forks, one test class each, each running its class's two tests at the same time
// (JUnit's parallel execution), each fork with its own random run seed. Each fork's header names
// the fork and says its seed replays the tests of that fork; each failure names its fork's seed,
// in the console and in its class's XML report (in the <system-out> of one of the class's tests:
// with both running at once, Surefire may file it under the other one).
def round5 = mvn('5', ['-Dforgery.replay=false', '-DforkCount=2', '-DreuseForks=false', '-Dit.parallel=true'])
def forkSeeds = [:]
def forkNumbers = [:]
(round5 =~ /(?m)^\[forgery\] Surefire fork (\d+), process (\d+): run seed (0x[0-9A-F]+) \(random, this fork's own: each fork draws one\); replay the tests of this fork with -Dforgery\.seed=(0x[0-9A-F]+) -Dforgery\.today=([0-9-]+)$/).each { whole, fork, process, seed, flag, date ->
  if (forkSeeds.containsKey(process)) fail('round 5: process ' + process + ' printed its header twice')
  if (flag != seed || date != today) fail('round 5: the header does not replay its own seed and date: ' + whole)
  forkSeeds[process] = seed
  forkNumbers[process] = fork
}
def headerCount = round5.readLines().count { it.contains('[forgery] ') && it.contains(' run seed ') }
if (forkNumbers.values() as Set != ['1', '2'] as Set || headerCount != 2) fail('round 5 should print one header for each of forks 1 and 2: ' + round5.readLines().findAll { it.contains(' run seed ') })
if (forkSeeds.values().toSet().size() != 2) fail('round 5: both forks drew ' + forkSeeds)
def forkOf = [:]
(failing*.name + passing).each { test ->
  def where = observed('5', test, 'where')
  if (where.together != 'true') fail('round 5: ' + test + ' did not run at the same time as the other test of its class: ' + where)
  if (!forkSeeds.containsKey(where.process)) fail('round 5: ' + test + ' ran in process ' + where.process + ', which printed no header')
  if (forkNumbers[where.process] != where.fork) fail('round 5: ' + test + ' ran in fork ' + where.fork + ', but its process printed fork ' + forkNumbers[where.process])
  forkOf[test] = where.process
}
if (forkOf.values().toSet().size() != 2) fail('round 5: the tests did not run in two forks: ' + forkOf)
def seeds5 = failing.collectEntries { test ->
  def process = forkOf[test.name]
  def hint = '-Dforgery.seed=' + forkSeeds[process] + ' -Dforgery.today=' + today + ' replays the tests that ran in Surefire fork ' + forkNumbers[process] + ', process ' + process
  [(test.name): expectReport('round 5', round5, test, hint, true, false)[0]]
}
expectSummaries('round 5', round5, [1, 1])
if (!round5.contains('Tests run: 4, Failures: 2, Errors: 0')) fail('round 5 did not run all four tests')

// Round 6: the fork that ran SignupTest, replayed by its printed flags in one JVM, tests one after
// another: the same seed and report for the failure, the same values for every test of that fork.
def signupFork = forkOf[signup.name]
def round6 = mvn('6', ['-Dforgery.replay=false', '-Dforgery.seed=' + forkSeeds[signupFork], '-Dforgery.today=' + today])
def run6 = '-Dforgery.seed=' + forkSeeds[signupFork] + ' -Dforgery.today=' + today
def ofFork = (failing*.name + passing).findAll { forkOf[it] == signupFork }
ofFork.each { expectSameValues('6', it, '5') }
if (expectReport('round 6', round6, signup, run6)[0] != seeds5[signup.name]) fail('round 6 did not replay the @Seed of ' + signup.display + ' from round 5')

// Round 7: round 1's @Seed pasted on a copy of the failing test in another class and package, the
// method renamed, its parameters reordered and trimmed (city dropped), run alone: the same failure
// and the same values, injected and drawn by the builder inside the test.
def reproducer = new File(basedir, 'src/test/java/it/regressions/SignupRegressionTest.java')
reproducer.parentFile.mkdirs()
reproducer.text = """package it.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import dev.forgery.junit5.Seed;
import it.Observed;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ForgeryExtension.class)
class SignupRegressionTest {

  @Test
  @Seed(${seeds1[signup.name]}L)
  void duplicateOwnerEmail(@Forged("safe_email") String owner, @Forged List<String> emails) {
    Observed seen = Observed.start(SignupRegressionTest.class, "duplicateOwnerEmail");
    String built = Forgery.fake().name() + " " + new Faker().email();
    seen.record("emails", emails, "owner", owner, "built", built);
    assertEquals(emails.size() - 1, new HashSet<>(emails).size(), "expected one duplicate email");
  }
}
"""
def round7
try {
  round7 = mvn('7', ['-Dtest=SignupRegressionTest'])
} finally {
  reproducer.delete()
}
def copy = [display: 'SignupRegressionTest > duplicateOwnerEmail(String, List)', type: 'it.regressions.SignupRegressionTest',
            method: 'duplicateOwnerEmail', message: signup.message]
def line7 = round7 =~ ('\\[forgery\\] ' + quote(copy.display) + ' failed with forgery seed ' + seeds1[signup.name] + ': replay it with @Seed\\(' + seeds1[signup.name] + 'L\\)')
if (!line7.find()) fail('round 7 did not report the pasted seed ' + seeds1[signup.name])
if (!round7.contains('forgery seed ' + seeds1[signup.name] + ' for ' + copy.display + ' (fixed by @Seed on the test method)')) fail('round 7 report does not say the seed was fixed by @Seed')
if (!round7.contains(assertion1.group(0))) fail('round 7 did not fail as round 1 did: ' + assertion1.group(0))
if (!round7.contains('Tests run: 1, Failures: 1, Errors: 0')) fail('round 7 did not run the copy alone')
expectSameValues('7', 'SignupRegressionTest.duplicateOwnerEmail', '1', signup.name, ['emails', 'owner', 'built'])
if (seeds.text.contains('SignupRegressionTest')) fail('round 7 remembered a seed pinned by @Seed: ' + seeds.text)
return true
