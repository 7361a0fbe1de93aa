{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Fraud velocity analysis — Q4 2023 chargebacks\n",
    "\n",
    "Goal: refit the cash-out velocity rule and the «r=Kifaru» logistic model. Owner: risk analytics (Nairobi).\n",
    "\n",
    "**Confidential** — outputs feed `ledger.fn_risk_score`."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import numpy as np\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "# read replica, analyst account\n",
    "engine = create_engine(\"«s~postgresql://analyst:{pw#analyst_pw}@pg-ledger-ro.int.baobabpay.net:5432/ledger»\")\n",
    "# engine = create_engine(os.environ[\"LEDGER_RO_URL\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "rows: 418223, fraud rate: 0.61%\n"
     ]
    }
   ],
   "source": [
    "df = pd.read_sql(\"SELECT * FROM risk.cashouts_q4_2023\", engine)\n",
    "print(f\"rows: {len(df)}, fraud rate: {df.is_fraud.mean():.2%}\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "     wallet_id            owner        msisdn  cashouts_15m  is_fraud\n",
       "0   WLT-19BB03  «p=Daniel Mutua Kioko»  «p=254712776031»            11         1\n",
       "1   WLT-44C0A9  «p=Salma Abdalla Omar»  «p=254733120984»             9         1"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "df.sort_values(\"cashouts_15m\", ascending=False).head(3)[[\"wallet_id\", \"owner\", \"msisdn\", \"cashouts_15m\", \"is_fraud\"]]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "best threshold=6 precision=0.83 recall=0.71\n"
     ]
    }
   ],
   "source": [
    "# sweep velocity threshold\n",
    "for t in range(3, 12):\n",
    "    pred = df.cashouts_15m > t\n",
    "    ...\n",
    "VELOCITY_THRESHOLD = «r=6»  # chosen: «r=precision 0.83 / recall 0.71 at 6 cash-outs per 15 min»"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sklearn.linear_model import LogisticRegression\n",
    "model = LogisticRegression(C=«r=0.35», class_weight={0: 1, 1: «r=42»})\n",
    "model.fit(X_train, y_train)\n",
    "# intercept -3.412, coefs [0.287, 1.094, 0.731] -> copied to fn_risk_score\n",
    "BLOCK_AT = «r=0.81»\n",
    "REVIEW_AT = 0.58"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 6,
   "metadata": {},
   "outputs": [],
   "source": [
    "# push summary to #fraud-alerts\n",
    "import requests\n",
    "requests.post(\"«s:slack_hook»\", json={\"text\": \"risk model refit done\"})\n",
    "# example payload from Slack docs: «n=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX»"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "name": "python",
   "version": "3.11.7"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
