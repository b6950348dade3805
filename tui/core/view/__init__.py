"""The explorer's view model, in plain Python over an analysis: what the timeline's rows
are (:mod:`.timeline`), how a row writes its date (:mod:`.row_text`), what the detail pane
says about an event (:mod:`.event_detail`), and what jump-to-date understands
(:mod:`.date_query`). The UI draws these; tests and benchmarks use them without a terminal."""
