// Checks translations against their originals: the same citable blocks in the
// same order and of the same kind (an error naming the first block that does
// not line up, in both files), and every number of an original block present
// in its translated block in that language's writing (a warning naming both).

public struct TranslationChecker {
    let site: Site

    public init(site: Site) {
        self.site = site
    }

    public func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for translation in site.sources where translation.isTranslation {
            guard let original = site.original(of: translation.slug) else { continue }
            if let problem = alignment(original, translation) {
                diagnostics.append(problem)
                continue
            }
            for (o, t) in zip(original.citable, translation.citable) {
                diagnostics += survival(o, in: original, t, in: translation)
            }
        }
        return diagnostics
    }

    /// The first block where the translation stops lining up with the original, as an error.
    func alignment(_ original: Source, _ translation: Source) -> Diagnostic? {
        let count = max(original.citable.count, translation.citable.count)
        for i in 0..<count {
            let o = i < original.citable.count ? original.citable[i] : nil
            let t = i < translation.citable.count ? translation.citable[i] : nil
            if let o, let t, o.kind == t.kind { continue }
            let message: String
            switch (o, t) {
            case let (o?, t?):
                message = "translation does not line up with its original: block \(i + 1) is a \(t.kind) here but a \(o.kind) at \(original.file):\(o.position.line)"
            case let (o?, nil):
                message = "translation has \(translation.citable.count) blocks, the original \(original.citable.count): block \(i + 1) (a \(o.kind) at \(original.file):\(o.position.line)) is missing"
            case let (nil, t?):
                message = "translation has \(translation.citable.count) blocks, the original \(original.citable.count): block \(i + 1) (a \(t.kind)) has no original"
            default:
                continue
            }
            let line = t?.position.line ?? translation.citable.last?.position.line ?? 1
            return Diagnostic(.error, message, file: translation.file, line: line, column: t?.position.column ?? 1)
        }
        return nil
    }

    /// Warnings for numbers of the original block that the translated block does not state.
    func survival(_ o: CitableBlock, in original: Source, _ t: CitableBlock, in translation: Source) -> [Diagnostic] {
        let stated = NumberReader.numbers(in: t.text).flatMap { [$0.value, $0.magnitude] } + NumberReader.englishWordValues(in: t.text)
        var diagnostics: [Diagnostic] = []
        var reported = Set<String>()
        let chars = Array(o.text)
        for number in NumberReader.numbers(in: chars) {
            // 一 as an article (一个, 一项) needs no number in the translation.
            if number.inWords && number.value == 1 { continue }
            let wanted = [number.value, number.magnitude]
            if wanted.contains(where: { w in stated.contains { NumberReader.sameMagnitude($0, w) } }) { continue }
            let written = String(chars[number.range])
            guard reported.insert(written).inserted else { continue }
            diagnostics.append(Diagnostic(.warning, "number “\(written)” of the original (\(original.file):\(o.position.line)) is missing from this block of the translation",
                                          file: translation.file, line: t.position.line, column: t.position.column))
        }
        return diagnostics
    }
}
