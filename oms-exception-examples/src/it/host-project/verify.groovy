// The host project's build passed; check that its tests really ran, so that it cannot pass vacuously.
def reports = new File(basedir, 'target/surefire-reports')
def files = reports.listFiles({ d, name -> name.startsWith('TEST-') && name.endsWith('.xml') } as FilenameFilter)
assert files != null && files.length == 2 : "expected the reports of ShopRulesTest and LiveReloadTest in ${reports}"
int tests = 0
files.each { f ->
    def suite = (f.text =~ /<testsuite [^>]*>/)[0]
    def count = { String attribute -> ((suite =~ /\b${attribute}="(\d+)"/)[0][1]) as int }
    tests += count('tests')
    assert count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "${f.name}: ${suite}"
}
assert tests >= 5 : "only ${tests} tests ran in the host project"
println "host-project: ${tests} tests ran"
return true
