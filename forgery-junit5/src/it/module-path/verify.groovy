// forgery on the module path, as a user's modules see it:
//   it.coreuser requires dev.forgery.core: draws data, and cannot reach the internal packages, by
//   reflection (IllegalAccessException) nor at compile time (it.coreinternal must not compile);
//   it.junit5user requires dev.forgery.junit5: its tests run through the JUnit Platform launcher
//   (1) with the launcher on the class path, not on the module path: dev.forgery.junit5 must
//       resolve without the launcher module (it once failed with a ResolutionException);
//   (2) with the launcher module on the module path and resolved.
// Both runs must show forgery's run report: the run seed, the failed test's line and the summary,
// each once.

def fail = { String message -> throw new AssertionError(message) }
def sep = File.pathSeparator
def javaHome = System.getProperty('java.home')
def mods = new File(basedir, 'target/mods')
def out = new File(basedir, 'target/classes-it')
def jars = mods.listFiles().findAll { it.name.endsWith('.jar') }
if (!jars.any { it.name == 'forgery-junit5.jar' } || !jars.any { it.name == 'junit-platform-launcher.jar' }) fail('target/mods lacks jars: ' + jars*.name)
def launcherJar = jars.find { it.name == 'junit-platform-launcher.jar' }

def run = { String name, List<String> command ->
  def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.getText('UTF-8')
  def code = process.waitFor()
  new File(basedir, name + '.log').setText(command.join(' ') + '\n' + output, 'UTF-8')
  return [code, output]
}
def sources = { String dir -> def files = []; new File(basedir, dir).eachFileRecurse { if (it.name.endsWith('.java')) files << it.path }; files }
def javac = { String name, List<String> options, String dir ->
  run('javac-' + name, [javaHome + '/bin/javac', '-d', new File(out, name).path] + options + sources(dir))
}
def expectCompiled = { String name, List<String> options, String dir ->
  def (code, output) = javac(name, options, dir)
  if (code != 0) fail('javac ' + name + ' failed:\n' + output)
}
def modulePath = { List<File> entries -> entries*.path.join(sep) }

// The core alone.
expectCompiled('core-user', ['--module-path', mods.path], 'core-user')
def (coreCode, coreOut) = run('core-user', [javaHome + '/bin/java', '--module-path', modulePath([new File(out, 'core-user'), mods]), '-m', 'it.coreuser/it.coreuser.Main'])
if (coreCode != 0 || !coreOut.contains('core-user: ok ')) fail('it.coreuser failed:\n' + coreOut)
def (internalCode, internalOut) = javac('core-internal', ['--module-path', mods.path], 'core-internal')
if (internalCode == 0) fail('it.coreinternal compiled: dev.forgery.internal.random is reachable')
if (!(internalOut =~ /package dev\.forgery\.internal\.random is (not visible|declared in module dev\.forgery\.core, which does not export it)/)) fail('it.coreinternal failed for another reason:\n' + internalOut)

// The extension: the test module, and the runner compiled for the class path and as a module.
expectCompiled('junit5-user', ['-parameters', '--module-path', mods.path], 'junit5-user')
expectCompiled('runner', ['--class-path', jars*.path.join(sep)], 'runner')
def (rmCode, rmOut) = run('javac-runner-module', [javaHome + '/bin/javac', '-d', new File(out, 'runner-module').path, '--module-path', mods.path] + sources('runner-module') + sources('runner'))
if (rmCode != 0) fail('javac runner-module failed:\n' + rmOut)

def flags = ['-Dforgery.seed=0x2A', '-Dforgery.today=2024-06-15', '-Dforgery.replay=false']
def roots = ['--add-modules', 'it.junit5user,org.junit.jupiter.engine']
def test = 'it.junit5user.ForgedTest'

def expectReport = { String round, String output, String launcherWhere ->
  if (output.contains('ResolutionException') || output.contains('FindException')) fail(round + ': the module graph did not resolve:\n' + output)
  if (!output.contains('runner: launcher in ' + launcherWhere)) fail(round + ': the launcher is not in ' + launcherWhere + ':\n' + output)
  if (!output.contains('runner: dev.forgery.junit5 in the boot layer: true')) fail(round + ': dev.forgery.junit5 is not on the module path:\n' + output)
  if (!output.contains('runner: 3 found, 2 succeeded, 1 failed')) fail(round + ': not the expected results:\n' + output)
  if (!output.contains('runner: failed failsOnPurpose(String): java.lang.AssertionError: fails on purpose with ')) fail(round + ': the wrong test failed:\n' + output)
  def header = '[forgery] run seed 0x2A (from forgery.seed); replay this run with -Dforgery.seed=0x2A -Dforgery.today=2024-06-15'
  if (output.count(header) != 1) fail(round + ': the run seed header shows ' + output.count(header) + ' times:\n' + output)
  def line = output =~ /\[forgery\] ForgedTest > failsOnPurpose\(String\) failed with forgery seed (0x[0-9A-F]+): replay it with @Seed\(\1L\) \(run: -Dforgery\.seed=0x2A -Dforgery\.today=2024-06-15\)/
  if (!line.find() || output.count(line.group(0)) != 1) fail(round + ': the failed test\'s line does not show once:\n' + output)
  def summary = '[forgery] 1 failed test; paste the @Seed on a test method to replay its data:\n[forgery]   ForgedTest > failsOnPurpose(String): @Seed(' + line.group(1) + 'L)'
  if (output.replace('\r\n', '\n').count(summary) != 1) fail(round + ': the summary does not show once:\n' + output)
  return line.group(1)
}

// (1) The launcher on the class path, everything else on the module path. JUnit's commons module
// exports its internals to JUnit's modules by name; the launcher, now unnamed, is let in.
def withoutMods = jars.findAll { it != launcherJar }
def toUnnamed = ['org.junit.platform.commons/org.junit.platform.commons.util',
                 'org.junit.platform.commons/org.junit.platform.commons.logging'].collectMany { ['--add-exports', it + '=ALL-UNNAMED'] }
def (code1, out1) = run('without-launcher-module', [javaHome + '/bin/java'] + flags + toUnnamed
    + ['--module-path', modulePath([new File(out, 'junit5-user')] + withoutMods)] + roots
    + ['--class-path', modulePath([new File(out, 'runner'), launcherJar]), 'it.runner.Run', test])
if (code1 != 0) fail('(1) exited with ' + code1 + ':\n' + out1)
def seed1 = expectReport('(1) without the launcher module', out1, 'the unnamed module')

// (2) Everything on the module path, the launcher module resolved through the runner module.
def (code2, out2) = run('with-launcher-module', [javaHome + '/bin/java'] + flags
    + ['--module-path', modulePath([new File(out, 'junit5-user'), new File(out, 'runner-module')] + jars)] + roots
    + ['-m', 'it.runner/it.runner.Run', test])
if (code2 != 0) fail('(2) exited with ' + code2 + ':\n' + out2)
def seed2 = expectReport('(2) with the launcher module', out2, 'module org.junit.platform.launcher')
if (seed1 != seed2) fail('the same run seed gave the failed test ' + seed1 + ' and ' + seed2)
return true
