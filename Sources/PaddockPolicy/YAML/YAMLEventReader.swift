import CYAML

/// A pull reader over libyaml's event API that copies each event into Swift values.
final class YAMLEventReader {
    /// A position in the source: 1-based line and column, counted in Unicode scalars as libyaml does.
    struct Mark: Sendable, Equatable {
        let line: Int
        let column: Int
    }

    /// One parser event, with the libyaml fields that the tree builder uses.
    enum Event {
        case streamStart
        case streamEnd
        case documentStart(Mark)
        case documentEnd
        case alias(anchor: String, mark: Mark)
        case scalar(anchor: String?, tag: String?, text: String, style: YAMLScalar.Style, mark: Mark)
        case sequenceStart(anchor: String?, tag: String?, mark: Mark)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?, mark: Mark)
        case mappingEnd
    }

    /// A syntax or encoding error that libyaml reported, with its problem text.
    struct SyntaxError: Error {
        let message: String
        let mark: Mark?
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let source: [UInt8]

    /// Creates a reader over a copy of `bytes`, which libyaml reads in place until the reader is freed.
    init(bytes: [UInt8]) throws(SyntaxError) {
        parser = .allocate(capacity: 1)
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        source = bytes
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            input.deallocate()
            throw SyntaxError(message: "libyaml could not allocate a parser", mark: nil)
        }
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// Reads the next event, or throws libyaml's problem with its position.
    func next() throws(SyntaxError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        return YAMLEventReader.convert(event)
    }

    private static func convert(_ event: yaml_event_t) -> Event {
        let mark = Mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(
                anchor: string(scalar.anchor), tag: string(scalar.tag), text: text, style: style(scalar.style),
                mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(anchor: string(start.anchor), tag: string(start.tag), mark: mark)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(anchor: string(start.anchor), tag: string(start.tag), mark: mark)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_NO_EVENT is only produced after an error, which `next()` has already thrown.
            return .streamEnd
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func currentError() -> SyntaxError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        if state.error == YAML_MEMORY_ERROR {
            return SyntaxError(message: "libyaml ran out of memory", mark: nil)
        }
        if state.error == YAML_READER_ERROR {
            let mark = markForByteOffset(state.problem_offset)
            return SyntaxError(message: "invalid YAML: \(problem); a policy must be UTF-8 text", mark: mark)
        }

        let mark = Mark(line: state.problem_mark.line + 1, column: state.problem_mark.column + 1)
        var message = "invalid YAML: \(problem)"
        if let context = state.context.map({ String(cString: $0) }) {
            let start = Mark(line: state.context_mark.line + 1, column: state.context_mark.column + 1)
            if start == mark {
                message += " (\(context))"
            } else {
                message += " (\(context) that starts at line \(start.line), column \(start.column))"
            }
        }
        if character(at: mark) == "\t" {
            message += "; tabs are not allowed in YAML indentation, indent with spaces"
        }
        return SyntaxError(message: message, mark: mark)
    }

    /// Returns the Unicode scalar at a 1-based line and column of the source, if there is one.
    private func character(at mark: Mark) -> Unicode.Scalar? {
        let lines = source.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard mark.line - 1 < lines.count else { return nil }
        let text = String(decoding: lines[mark.line - 1], as: UTF8.self).unicodeScalars
        guard mark.column - 1 < text.count else { return nil }
        return text[text.index(text.startIndex, offsetBy: mark.column - 1)]
    }

    private func markForByteOffset(_ problemOffset: Int) -> Mark {
        let offset = min(max(problemOffset, 0), source.count)
        let prefix = source.prefix(offset)
        let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: source[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return Mark(line: line, column: column)
    }
}
