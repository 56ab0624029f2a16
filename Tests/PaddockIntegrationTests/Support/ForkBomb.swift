/// A Python fork bomb that stops at the first failed fork and keeps its children until the test
/// releases them, so that the host can look at the sandbox while the process limit is reached.
///
/// Arguments: the file it writes `COUNT ERRNO` to once a fork failed, and the file whose existence
/// releases the children. It gives up after 90 seconds whatever happens, so it cannot outlive a
/// failed test for long.
enum ForkBomb {
    static let program = #"""
        import errno, os, sys, time

        ready, release = sys.argv[1], sys.argv[2]
        deadline = time.monotonic() + 90

        def wait_for_release():
            while not os.path.exists(release) and time.monotonic() < deadline:
                time.sleep(0.05)

        children = []
        failure = "none"
        while time.monotonic() < deadline:
            try:
                child = os.fork()
            except OSError as error:
                failure = errno.errorcode.get(error.errno, str(error.errno))
                break
            if child == 0:
                wait_for_release()
                os._exit(0)
            children.append(child)
        with open(ready, "w") as report:
            report.write(f"{len(children)} {failure}\n")
        wait_for_release()
        for child in children:
            os.waitpid(child, 0)
        print(len(children), failure)
        """#

    /// Parses `COUNT ERRNO`, the report of the file and of the program's output.
    static func parse(_ text: String) -> (children: Int, failure: String)? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let count = Int(fields[0]) else { return nil }
        return (count, String(fields[1]))
    }
}
