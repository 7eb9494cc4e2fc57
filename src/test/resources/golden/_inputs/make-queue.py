# Writes queue.csv: a small queue with known assignment dates for the forecast golden cases.
# 7 case handlers (busy a log-normal time, median 110 days), arrivals a Poisson stream that
# rises from 0.052 to 0.085 a day between days 500 and 1000, first come first served.
# Run from this folder: python3 make-queue.py (Python 3.11; the bytes depend on its random).
import random, heapq, datetime, collections
random.seed(15)
base=datetime.date(2019,1,1)
arr=[];t=0.0
while True:
    rate=0.085 if 500<t<1000 else 0.052
    t+=random.expovariate(rate)
    if t>2300: break
    arr.append(int(t))
free=[0]*7; heapq.heapify(free)
asg=[None]*len(arr); nxt=0; clock=0
q=collections.deque()
while nxt<len(arr) or q:
    now=max(clock,heapq.heappop(free))
    if not q: now=max(now, arr[nxt]+1)
    while nxt<len(arr) and arr[nxt]<now:
        q.append(nxt); nxt+=1
    c=q.popleft(); asg[c]=now; clock=now
    heapq.heappush(free, now+max(1,round(110*random.lognormvariate(0,0.4))))
asof=2250
rows=["id,indication,documentation_received,assigned"]
for k,(d,a) in enumerate(zip(arr,asg)):
    if d>asof: break
    assert a>d
    rows.append("Q%03d,Indikasjon %d,%s,%s"%(k+1,k%7+1,base+datetime.timedelta(d),(base+datetime.timedelta(a)).isoformat() if a<=asof else ""))
open('queue.csv','w').write("\n".join(rows)+"\n")
print(len(rows)-1, base+datetime.timedelta(asof))
