/// Small Python programs that report the outcome of a file system operation inside a sandbox.
enum PythonSnippets {
    /// Returns a program that runs `statement` and prints `OK`, or the errno name of the `OSError`
    /// it raised, such as `EACCES`.
    static func errno(of statement: String) -> String {
        """
        import errno, os
        try:
            \(statement)
            print("OK")
        except OSError as error:
            print(errno.errorcode.get(error.errno, str(error.errno)))
        """
    }
}
