#pragma once

class QWidget;

namespace pd::app {

// Measurement hooks for bench/bench_startup, off unless PARTNERDESK_PROBE is set:
//   first-paint   print "probe first-paint" on stdout once the window has painted with the database
//                 open, and "probe cpu-ms N" (the CPU time the process used until then), then quit;
//   scroll-deals  after that first paint, scroll the Deals table from its first row to its last, then
//                 print "probe peak-rss-kb N" (the process's VmHWM) and quit.
// Arm it after the database has been opened; it watches the next paint of `window`.
void armStartupProbe(QWidget *window);

} // namespace pd::app
