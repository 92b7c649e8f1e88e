//go:build !unix

package attrib

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }
