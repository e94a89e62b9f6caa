// Checks what a user sees when a forgery test fails under Maven Surefire, then replays it twice:
// round 2 with the printed -Dforgery.seed, round 3 from the remembered failed-seeds file; round 4
// corrupts that file and runs in two forks.

def fail = { String message -> throw new AssertionError(message) }
def log = new File(basedir, 'build.log').text

def header = (log =~ /\[forgery\] Surefire fork 1: run seed (0x[0-9A-F]+) \(random, this fork's own: each fork draws one\); replay the tests of this fork with -Dforgery\.seed=(0x[0-9A-F]+) -Dforgery\.today=(\d{4}-\d{2}-\d{2})/)
if (!header.find()) fail('no run-seed header in build.log')
def runSeed = header.group(2)
def today = header.group(3)

def expectInLog = { String text -> if (!log.contains(text)) fail("build.log lacks: " + text) }
expectInLog('org.opentest4j.AssertionFailedError: expected one duplicate email')
expectInLog('Suppressed: dev.forgery.junit5.internal.ForgeryReport: forgery seed 0x')
expectInLog('for SignupTest > rejectsDuplicateEmails(List, String) (derived from the random run seed)')
expectInLog('replay this test: @Seed(0x')
expectInLog(' with -Dforgery.today=' + today)
expectInLog('replay the run:   -Dforgery.seed=' + runSeed + ' -Dforgery.today=' + today + ' replays the tests that ran in Surefire fork 1')
expectInLog('emails = ["')
expectInLog('owner = "')
expectInLog('[forgery] 1 failed test; paste the @Seed on a test method to replay its data:')
expectInLog('[forgery]   SignupTest > rejectsDuplicateEmails(List, String): @Seed(0x')

def xml = new File(basedir, 'target/surefire-reports/TEST-it.SignupTest.xml').text
['@Seed(0x', '-Dforgery.seed=' + runSeed, 'expected one duplicate email'].each {
  if (!xml.contains(it)) fail('surefire XML report lacks: ' + it)
}

def seeds = new File(basedir, 'target/forgery/failed-seeds.properties')
if (!seeds.text.contains('rejectsDuplicateEmails')) fail('failed seed not remembered: ' + seeds.text)
if (seeds.text.contains('namesAreNeverBlank')) fail('a passing test was remembered')

def round1 = new File(basedir, 'target/observed-1.txt').text

// The same repository set-up as round 1 (src/it/settings.xml), so cached artifacts count as found.
def settings = new File(basedir, 'round-settings.xml')
settings.text = new File(basedir, '../../../src/it/settings.xml').text
    .replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString())
def mvn = { List<String> args ->
  def command = [mavenHome + '/bin/mvn', '-B', '-o', '-s', settings.path,
                 '-Dmaven.repo.local=' + localRepositoryPath] + args
  def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  process.waitFor()
  return output
}

def round2 = mvn(['test', '-Dit.round=2', '-Dforgery.replay=false', '-Dforgery.seed=' + runSeed,
                  '-Dforgery.today=' + today])
new File(basedir, 'round-2.log').text = round2
if (!round2.contains('[forgery] Surefire fork 1: run seed ' + runSeed + ' (from forgery.seed)')) fail('round 2 did not use ' + runSeed)
if (new File(basedir, 'target/observed-2.txt').text != round1) fail('-Dforgery.seed=' + runSeed + ' did not reproduce the values')

def round3 = mvn(['test', '-Dit.round=3'])
new File(basedir, 'round-3.log').text = round3
if (!round3.contains('[forgery] replaying seed 0x')) fail('round 3 did not note the replay')
if (new File(basedir, 'target/observed-3.txt').text != round1) fail('the remembered seed did not reproduce the values')

// Round 4: a hand-damaged replay file is one warning per fork; its good line still replays, every
// other test runs normally, and the file is rewritten without the damage. Two forks each say so.
def bs = '\\' // kept apart from the u below, which the Groovy lexer would read as a unicode escape
seeds.append('[engine' + bs + ':junit-jupiter]/[class' + bs + ':it.GoneTest]/[method' + bs + ':gone()]=0x' + bs + 'uZZ12\nnot a seed\n')
def round4 = mvn(['test', '-Dit.round=4', '-DforkCount=2'])
new File(basedir, 'round-4.log').text = round4
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
