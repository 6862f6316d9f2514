#!/usr/bin/env python3
# heldout.mjs's default scorer: the 7-rule scoring of /work/tools/score7.py (recall, precision, clean
# false alarm, list bars words / natural / benign) on answers already computed (the model's copy of the
# build lints the held-out texts in-process), printed in the form lib.mjs runScorer reads.
#   python3 scripts/second-opinion/score-answers.py CORPUS.jsonl ANSWERS.json
import json, sys
C7 = ["offsite-contact","absolute-claim","sensitive-topic","review-inducement","harassment","invisible-chars","counterfeit"]
corpus, answers = sys.argv[1], sys.argv[2]
items = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
ans = json.load(open(answers))
assert len(ans) == len(items)
def fired_of(an):
    f = {}
    for m in an.get("messages", []):
        s = m.get("severity"); s = "error" if s in (2, "error") else "warning" if s in (1, "warning") else None
        if s and m.get("ruleId") in C7:
            f[m["ruleId"]] = "error" if "error" in (s, f.get(m["ruleId"])) else "warning"
    return f
tp=fn=fp=0; cn=ca=0; per={c:[0,0,0] for c in C7}; out=[]
for it, an in zip(items, ans):
    f = fired_of(an); exp = set(it["expect"]); tol = set(it.get("tolerate", []))
    for c in C7:
        if c in exp:
            per[c][1]+=1
            if c in f: tp += 1; per[c][0]+=1
            else: fn += 1; out.append(f"MISS\t{it['id']}\t{c}\t{it['text']}")
        elif c in f and not (f[c] == "warning" and c in tol): fp += 1; per[c][2]+=1; out.append(f"ALARM\t{it['id']}\t{c}\t{it['text']}")
    if not exp:
        cn += 1
        if any(c in f and not (f[c] == "warning" and c in tol) for c in C7): ca += 1
kinds = {"words": [0,0], "natural": [0,0], "benign": [0,0]}
for it, an in zip(items, ans):
    n = it.get("note", ""); f = fired_of(an); tol = set(it.get("tolerate", []))
    if "cat:natural:" in n: k = "natural"
    elif "cat:benign:" in n: k = "benign"
    elif n.startswith("list:") and it["expect"]: k = "words"
    else: continue
    kinds[k][1] += 1
    if k == "benign": kinds[k][0] += any(c in f and not (f[c] == "warning" and c in tol) for c in C7)
    else: kinds[k][0] += any(c in f for c in it["expect"])
print("\n".join(out))
print("list bars: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in kinds.items()))
for c in C7:
    t,n,a = per[c]; print(f"  {c} recall {t/max(n,1):.3f} ({t}/{n}) false alarms {a}")
rec = tp/(tp+fn) if tp+fn else 1; pre = tp/(tp+fp) if tp+fp else 1
print(f"recall {rec:.4f} precision {pre:.4f} clean-alarm {ca/max(cn,1):.4f} ({ca}/{cn})")
