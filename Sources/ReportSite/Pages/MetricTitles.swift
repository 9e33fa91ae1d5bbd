// "Key projects · Huludao · 2021": what each metric measures, per language,
// computed once per build. Every claim's title, every "cited by" entry and
// every metrics table shows it.

struct MetricTitles: Sendable {
    private let titles: [String: String]

    init(site: Site) {
        var titles: [String: String] = [:]
        for language in site.config.languages {
            for metric in site.metrics {
                let indicator = site.indicator(metric.indicator)?.name[language] ?? metric.indicator
                let entity = site.entity(metric.entity)?.name[language] ?? metric.entity
                titles[metric.id + "." + language.code] = [indicator, entity, PeriodText.format(metric.period, in: language)].joined(separator: " · ")
            }
        }
        self.titles = titles
    }

    func title(of metric: Metric, in language: Language) -> String {
        titles[metric.id + "." + language.code] ?? metric.id
    }
}
