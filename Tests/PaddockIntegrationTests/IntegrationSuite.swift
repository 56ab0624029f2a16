import Testing

/// The end-to-end suites, run one after another: they start real sandboxes on a 2-core machine,
/// and the resource-limit tests would disturb the timing and process counts of others running
/// beside them.
@Suite(.serialized)
struct IntegrationSuite {}
