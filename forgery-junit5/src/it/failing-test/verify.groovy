// Checks what a user sees when a forgery test fails under Maven Surefire at its default settings, on
// the oldest and the newest Surefire covered, then replays the failure:
//   round 1, Surefire 3.0.0-M5 (invoker.properties): a random run; trimmed stack traces drop the
//            suppressed report, so the seed must reach the console and XML another way;
//   round 2, Surefire 3.5.x (the pom's): the printed -Dforgery.seed, which must reproduce the values
//            and show the same report, now also in the full stack trace;
//   round 3: the remembered failed-seeds file; round 4: that file corrupted, in two forks.

import javax.xml.parsers.DocumentBuilderFactory

def fail = { String message -> throw new AssertionError(message) }
def reports = new File(basedir, 'target/surefire-reports')

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

// The listener's line for the failed test, printed while the test runs, so that Surefire files it
// as that test's output: in the console and in the test's <system-out> in the XML report. Checks
// that it names the seed, the @Seed to paste and the run seed; returns the test's seed.
def failureLine = /\[forgery\] SignupTest > rejectsDuplicateEmails\(List, String\) failed with forgery seed (0x[0-9A-F]+): replay it with @Seed\((0x[0-9A-F]+)L\) \(run: -Dforgery\.seed=(0x[0-9A-F]+)[^)\n]*\)/
def expectReport = { String round, String output, String runSeed ->
  def line = output =~ failureLine
  if (!line.find()) fail(round + ': the console lacks the failure line')
  def seed = line.group(1)
  if (line.group(2) != seed) fail(round + ': the @Seed is not the seed: ' + line.group(0))
  if (line.group(3) != runSeed) fail(round + ': the run hint is not -Dforgery.seed=' + runSeed + ': ' + line.group(0))
  if (!output.contains('[forgery]   SignupTest > rejectsDuplicateEmails(List, String): @Seed(' + seed + 'L) (run: -Dforgery.seed=' + runSeed)) fail(round + ': the summary lacks the failed test')

  def xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, 'TEST-it.SignupTest.xml'))
  def testcases = xml.getElementsByTagName('testcase')
  def failed = (0..<testcases.length).collect { testcases.item(it) }.find { it.getAttribute('name').startsWith('rejectsDuplicateEmails') }
  if (failed == null) fail(round + ': no XML testcase for rejectsDuplicateEmails')
  def text = { String tag -> def nodes = failed.getElementsByTagName(tag); nodes.length == 0 ? '' : nodes.item(0).textContent }
  if (!text('failure').contains('expected one duplicate email')) fail(round + ': the XML testcase lacks the failure')
  if (!text('system-out').contains(line.group(0))) fail(round + ": the failed test's XML <system-out> lacks the failure line; it holds: " + text('system-out'))
  return [seed, text('failure')]
}

// Round 1: Surefire 3.0.0-M5.
def log = new File(basedir, 'build.log').text
expectSurefire('round 1', log, '3.0.0-M5')
expectCleanStreams('round 1', log)
def header = (log =~ /\[forgery\] Surefire fork 1: run seed (0x[0-9A-F]+) \(random, this fork's own: each fork draws one\); replay the tests of this fork with -Dforgery\.seed=(0x[0-9A-F]+) -Dforgery\.today=(\d{4}-\d{2}-\d{2})/)
if (!header.find()) fail('no run-seed header in build.log')
def runSeed = header.group(2)
def today = header.group(3)
if (!log.contains('org.opentest4j.AssertionFailedError: expected one duplicate email')) fail('build.log lacks the failure')
if (log.contains('Suppressed: dev.forgery')) fail('round 1 should show a trimmed stack trace, as Surefire 3.0.0-M5 does by default')
def (testSeed, trace1) = expectReport('round 1', log, runSeed)
if (!log.contains(' replays the tests that ran in Surefire fork 1)')) fail('round 1: the run hint does not name the fork')

def seeds = new File(basedir, 'target/forgery/failed-seeds.properties')
if (!seeds.text.contains('rejectsDuplicateEmails')) fail('failed seed not remembered: ' + seeds.text)
if (seeds.text.contains('namesAreNeverBlank')) fail('a passing test was remembered')

def round1 = new File(basedir, 'target/observed-1.txt').text

// The same repository set-up as round 1 (src/it/settings.xml), so cached artifacts count as found.
// Not offline: like the invoker's own run, artifacts come from the build's local repository through
// that file's repository, which offline mode would refuse (round 1 used another Surefire).
def settings = new File(basedir, 'round-settings.xml')
settings.text = new File(basedir, '../../../src/it/settings.xml').text
    .replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString())
def mvn = { List<String> args ->
  def mvnScript = System.getProperty('os.name').toLowerCase().contains('windows') ? '/bin/mvn.cmd' : '/bin/mvn'
  def command = [mavenHome + mvnScript, '-B', '-s', settings.path,
                 '-Dmaven.repo.local=' + localRepositoryPath] + args
  def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  process.waitFor()
  return output
}

// Round 2: Surefire 3.5.x replays round 1's run seed and date, and with them the same test seed and
// report.
def round2 = mvn(['test', '-Dit.round=2', '-Dforgery.replay=false', '-Dforgery.seed=' + runSeed,
                  '-Dforgery.today=' + today])
new File(basedir, 'round-2.log').text = round2
expectSurefire('round 2', round2, '3\\.5\\.\\d+')
expectCleanStreams('round 2', round2)
if (!round2.contains('[forgery] Surefire fork 1: run seed ' + runSeed + ' (from forgery.seed)')) fail('round 2 did not use ' + runSeed)
if (new File(basedir, 'target/observed-2.txt').text != round1) fail('-Dforgery.seed=' + runSeed + ' did not reproduce the values')
def (testSeed2, trace2) = expectReport('round 2', round2, runSeed)
if (testSeed2 != testSeed) fail('round 2 ran the test with ' + testSeed2 + ', round 1 with ' + testSeed)
// The full report rides on the stack trace, which Surefire 3.5 does not trim.
def suppressed = 'Suppressed: dev.forgery.junit5.internal.ForgeryReport: forgery seed ' + testSeed + ' for SignupTest > rejectsDuplicateEmails(List, String) (derived from forgery.seed)'
[suppressed, 'replay this test: @Seed(' + testSeed + 'L)', 'replay the run:   -Dforgery.seed=' + runSeed, 'emails = ["', 'owner = "'].each {
  if (!round2.contains(it)) fail('round 2 console lacks: ' + it)
  if (!trace2.contains(it)) fail('round 2 XML failure lacks: ' + it)
}

def round3 = mvn(['test', '-Dit.round=3'])
new File(basedir, 'round-3.log').text = round3
expectCleanStreams('round 3', round3)
if (!round3.contains('[forgery] replaying seed ' + testSeed + ' ')) fail('round 3 did not note the replay')
if (!round3.contains('failed with forgery seed ' + testSeed + ': ')) fail('round 3 did not report the replayed seed')
if (new File(basedir, 'target/observed-3.txt').text != round1) fail('the remembered seed did not reproduce the values')

// Round 4: a hand-damaged replay file is one warning per fork; its good line still replays, every
// other test runs normally, and the file is rewritten without the damage. Two forks each say so.
def bs = '\\' // kept apart from the u below, which the Groovy lexer would read as a unicode escape
seeds.append('[engine' + bs + ':junit-jupiter]/[class' + bs + ':it.GoneTest]/[method' + bs + ':gone()]=0x' + bs + 'uZZ12\nnot a seed\n')
def round4 = mvn(['test', '-Dit.round=4', '-DforkCount=2'])
new File(basedir, 'round-4.log').text = round4
expectCleanStreams('round 4', round4)
def warning = '[forgery] the replay file target/forgery/failed-seeds.properties has 2 malformed lines, ignored: line 3: '
def warnings = round4.count(warning)
def headers = round4.readLines().findAll { it.contains('[forgery] ') && it.contains(' run seed ') }
if (headers.isEmpty() || !headers.every { it ==~ /.*\[forgery\] Surefire fork [12]: run seed 0x[0-9A-F]+ \(random, this fork's own: each fork draws one\); replay the tests of this fork with -Dforgery\.seed=0x[0-9A-F]+ -Dforgery\.today=\d{4}-\d{2}-\d{2}/ }) fail('round 4 fork headers: ' + headers)
if (warnings < 1 || warnings > headers.size()) fail('round 4 warned ' + warnings + ' times for ' + headers.size() + ' forks')
if (!round4.contains('(a malformed ' + bs + "uXXXX escape); line 4: 'not a seed' ('a seed' is not a seed). Its other entries are replayed. Delete the file to start afresh")) fail('round 4 warning lacks the bad lines or the advice')
if (!round4.contains('[forgery] replaying seed 0x')) fail('round 4 did not replay the good line')
if (!round4.contains('Tests run: 3, Failures: 1, Errors: 0')) fail('round 4 did not run the other tests normally')
if (new File(basedir, 'target/observed-4.txt').text != round1) fail('round 4 did not reproduce the values')
if (seeds.text.contains('ZZ12') || !seeds.text.contains('rejectsDuplicateEmails')) fail('round 4 did not rewrite the file: ' + seeds.text)
return true
