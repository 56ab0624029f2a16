/// Builds the `YAMLNode` tree of exactly one YAML document from libyaml's events.
///
/// Aliases are resolved by copying the anchored node. To stop alias bombs ("billion laughs"), the nodes
/// that aliases add may not exceed `maxAliasExpansion`, and nesting may not exceed `maxDepth`.
/// Duplicate mapping keys, unsupported tags and undefined aliases are reported to the issue collector,
/// and parsing goes on. Syntax errors, a second document and the limits end parsing.
struct YAMLParser {
    /// The maximum nesting of sequences and mappings.
    static let maxDepth = 64
    /// The maximum number of nodes that alias expansion may add to a document.
    static let maxAliasExpansion = 100_000

    private struct Frame {
        let isMapping: Bool
        let anchor: String?
        let line: Int
        let column: Int
        let path: FieldPath
        var children: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        var pendingKey: YAMLNode?
        var keyLines: [String: Int] = [:]
        var skipsNextValue = false
        var size = 1

        /// The path of the next child: the pending key's field or the next index.
        var childPath: FieldPath {
            guard isMapping else { return path.appending(index: children.count) }
            guard let key = pendingKey else { return path }
            return path.appending(key.scalar?.text ?? "?")
        }
    }

    private let issues: IssueCollector
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var aliasExpansion = 0
    private var root: YAMLNode?
    private var documentCount = 0

    private init(issues: IssueCollector) {
        self.issues = issues
    }

    /// Parses `bytes` as one YAML document and returns its root node.
    ///
    /// Throws a `PolicyError` that contains every issue collected so far when parsing cannot go on.
    static func parse(_ bytes: [UInt8], issues: IssueCollector) throws(PolicyError) -> YAMLNode {
        var parser = YAMLParser(issues: issues)
        return try parser.run(bytes)
    }

    private mutating func run(_ bytes: [UInt8]) throws(PolicyError) -> YAMLNode {
        do throws(YAMLEventReader.SyntaxError) {
            let reader = try YAMLEventReader(bytes: bytes)
            while handle(try reader.next()) {}
        } catch {
            fail(error.message, line: error.mark?.line, column: error.mark?.column)
        }
        if issues.isFatal, let error = issues.error() {
            throw error
        }
        guard let root else {
            fail("empty document; a policy is a mapping that starts with version: 1", line: 1, column: 1)
            throw issues.error() ?? PolicyError(file: issues.fileName, message: "empty document")
        }
        return root
    }

    /// Processes one event and returns false at the end of the stream or after a fatal problem.
    private mutating func handle(_ event: YAMLEventReader.Event) -> Bool {
        switch event {
        case .streamStart, .documentEnd:
            return true
        case .streamEnd:
            return false
        case .documentStart(let mark):
            documentCount += 1
            guard documentCount == 1 else {
                fail(
                    "a second YAML document starts here; a policy file holds exactly one document",
                    line: mark.line, column: mark.column)
                return false
            }
            return true
        case .alias(let anchor, let mark):
            return attachAlias(anchor, mark: mark)
        case .scalar(let anchor, let tag, let text, let style, let mark):
            attachScalar(anchor: anchor, tag: tag, text: text, style: style, mark: mark)
            return true
        case .sequenceStart(let anchor, let tag, let mark):
            return push(isMapping: false, anchor: anchor, tag: tag, mark: mark)
        case .mappingStart(let anchor, let tag, let mark):
            return push(isMapping: true, anchor: anchor, tag: tag, mark: mark)
        case .sequenceEnd, .mappingEnd:
            return pop()
        }
    }

    private mutating func attachScalar(
        anchor: String?, tag: String?, text: String, style: YAMLScalar.Style, mark: YAMLEventReader.Mark
    ) {
        // The non-specific tag "!" makes a scalar a string.
        let effectiveTag = tag == "!" ? "tag:yaml.org,2002:str" : tag
        let scalar: YAMLScalar
        do {
            scalar = try YAMLScalar(text: text, style: style, tag: effectiveTag)
        } catch {
            issues.report(error.message, line: mark.line, column: mark.column, path: currentChildPath)
            // Read the value as if it had no tag, so that the tag is the only problem reported.
            scalar = YAMLScalar(untaggedText: text, style: style)
        }
        let node = YAMLNode(content: .scalar(scalar), line: mark.line, column: mark.column)
        if let anchor {
            anchors[anchor] = (node, 1)
        }
        attach(node, size: 1)
    }

    private mutating func attachAlias(_ anchor: String, mark: YAMLEventReader.Mark) -> Bool {
        guard let (node, size) = anchors[anchor] else {
            issues.report(
                "undefined alias *\(anchor); an alias must follow its anchor &\(anchor), and an anchor "
                    + "cannot refer to itself", line: mark.line, column: mark.column, path: currentChildPath)
            let null = YAMLScalar(untaggedText: "", style: .plain)
            attach(YAMLNode(content: .scalar(null), line: mark.line, column: mark.column), size: 1)
            return true
        }
        aliasExpansion += size
        guard aliasExpansion <= YAMLParser.maxAliasExpansion else {
            fail(
                "alias *\(anchor) expands the document past \(YAMLParser.maxAliasExpansion) aliased nodes; "
                    + "reduce the nesting of anchors and aliases", line: mark.line, column: mark.column)
            return false
        }
        attach(node, size: size)
        return true
    }

    private mutating func push(isMapping: Bool, anchor: String?, tag: String?, mark: YAMLEventReader.Mark) -> Bool {
        guard stack.count < YAMLParser.maxDepth else {
            fail(
                "sequences and mappings nest deeper than \(YAMLParser.maxDepth) levels",
                line: mark.line, column: mark.column)
            return false
        }
        let path = currentChildPath
        let expectedTag = "tag:yaml.org,2002:" + (isMapping ? "map" : "seq")
        if let tag, tag != "!", tag != expectedTag {
            issues.report(
                "unsupported tag \(YAMLScalar.shortTag(tag)) on a \(isMapping ? "mapping" : "sequence")",
                line: mark.line, column: mark.column, path: path)
        }
        stack.append(Frame(isMapping: isMapping, anchor: anchor, line: mark.line, column: mark.column, path: path))
        return true
    }

    private mutating func pop() -> Bool {
        guard let frame = stack.popLast() else { return true }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.children)
        let node = YAMLNode(content: content, line: frame.line, column: frame.column)
        if let anchor = frame.anchor {
            anchors[anchor] = (node, frame.size)
        }
        attach(node, size: frame.size)
        return true
    }

    private var currentChildPath: FieldPath {
        stack.last?.childPath ?? .root
    }

    /// Adds a finished node to the open collection, or makes it the document root.
    private mutating func attach(_ node: YAMLNode, size: Int) {
        guard var frame = stack.popLast() else {
            root = node
            return
        }
        frame.size += size
        if !frame.isMapping {
            frame.children.append(node)
        } else if let key = frame.pendingKey {
            if !frame.skipsNextValue {
                frame.entries.append(YAMLNode.Entry(key: key, value: node))
            }
            frame.pendingKey = nil
        } else {
            frame.pendingKey = node
            frame.skipsNextValue = !checkKey(node, in: &frame)
        }
        stack.append(frame)
    }

    /// Reports a non-scalar or duplicate key and returns whether the entry should be kept.
    private func checkKey(_ key: YAMLNode, in frame: inout Frame) -> Bool {
        guard let text = key.scalar?.text else {
            issues.report("mapping keys must be scalars, not \(key.summary)", at: key, path: frame.path)
            return false
        }
        if let firstLine = frame.keyLines[text] {
            issues.report(
                "duplicate key \(YAMLNode.quote(text)) at line \(key.line); it is already set at line "
                    + "\(firstLine), so remove one of the two", at: key, path: frame.path.appending(text))
            return false
        }
        frame.keyLines[text] = key.line
        return true
    }

    private func fail(_ message: String, line: Int?, column: Int?) {
        issues.report(message, line: line, column: column)
        issues.markFatal()
    }
}
