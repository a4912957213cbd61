// The host project's build passed; check that its tests really ran, so that it cannot pass vacuously.
def reports = new File(basedir, 'target/surefire-reports')
int tests = 0
['com.example.shop.ShopRulesTest', 'com.example.shop.LiveReloadTest', 'com.example.shop.ThresholdPreviewTest'].each { name ->
    def report = new File(reports, "TEST-${name}.xml")
    assert report.isFile() : "${name} did not run: no ${report}"
    def suite = (report.text =~ /<testsuite [^>]*>/)[0]
    def count = { String attribute -> ((suite =~ /\b${attribute}="(\d+)"/)[0][1]) as int }
    assert count('tests') > 0 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "${name}: ${suite}"
    tests += count('tests')
}
assert tests >= 6 : "only ${tests} tests ran in the host project"
println "host-project: ${tests} tests ran"
return true
