package normalize

import (
	"html"
	"strings"
)

// skipped elements: their content is not article text.
var skipped = map[string]bool{"script": true, "style": true, "nav": true, "header": true, "footer": true,
	"aside": true, "noscript": true, "iframe": true, "form": true, "select": true, "button": true, "svg": true, "template": true}

// block elements end a line.
var block = map[string]bool{"p": true, "br": true, "div": true, "li": true, "tr": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "title": true, "section": true, "article": true, "table": true,
	"ul": true, "ol": true, "blockquote": true, "pre": true, "hr": true, "dd": true, "dt": true}

func unitString(units []unit, a, b int) string {
	var sb strings.Builder
	for _, u := range units[a:b] {
		sb.WriteRune(u.r)
	}
	return sb.String()
}

// stripHTML removes tags, comments and the content of non-article elements;
// block tags become a newline, entities one character, each keeping the
// span of the markup it replaces.
func stripHTML(units []unit) []unit {
	out := make([]unit, 0, len(units)/2)
	skipDepth := 0
	skipName := ""
	for k := 0; k < len(units); {
		u := units[k]
		if u.r == '<' {
			// Comment.
			if k+3 < len(units) && unitString(units, k, k+4) == "<!--" {
				e := k + 4
				for e+2 < len(units) && unitString(units, e, e+3) != "-->" {
					e++
				}
				k = min(e+3, len(units))
				continue
			}
			e := k + 1
			for e < len(units) && units[e].r != '>' {
				e++
			}
			if e >= len(units) {
				break
			}
			tag := strings.ToLower(strings.TrimSpace(unitString(units, k+1, e)))
			closing := strings.HasPrefix(tag, "/")
			tag = strings.TrimPrefix(tag, "/")
			name := tag
			if i := strings.IndexAny(name, " \t\r\n/"); i >= 0 {
				name = name[:i]
			}
			selfClosing := strings.HasSuffix(tag, "/")
			switch {
			case skipDepth > 0:
				if name == skipName {
					if closing {
						skipDepth--
					} else if !selfClosing {
						skipDepth++
					}
				}
			case skipped[name] && !closing && !selfClosing:
				skipDepth, skipName = 1, name
			case name == "td" || name == "th":
				// A table's cells stand side by side on their row's line
				// (县委书记⇥甘某华): a row is one line, its cells
				// tab-separated.
				out = append(out, unit{r: '\t', start: u.start, end: units[e].end})
			case block[name]:
				out = append(out, unit{r: '\n', start: u.start, end: units[e].end})
			}
			k = e + 1
			continue
		}
		if skipDepth > 0 {
			k++
			continue
		}
		if u.r == '&' {
			e := k + 1
			for e < len(units) && e-k < 12 && units[e].r != ';' && units[e].r != '&' && units[e].r != '<' {
				e++
			}
			if e < len(units) && units[e].r == ';' {
				ent := unitString(units, k, e+1)
				if dec := html.UnescapeString(ent); dec != ent {
					for _, r := range dec {
						if r == 0xA0 {
							r = ' '
						}
						out = append(out, unit{r: r, start: u.start, end: units[e].end})
					}
					k = e + 1
					continue
				}
			}
		}
		out = append(out, u)
		k++
	}
	return out
}
