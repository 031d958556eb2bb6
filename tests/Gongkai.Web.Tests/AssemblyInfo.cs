// Each test class starts the app in its own host; minimal hosting resolves hosts through a process-wide listener, so
// starting two at once can hand one test the other's host. The classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
