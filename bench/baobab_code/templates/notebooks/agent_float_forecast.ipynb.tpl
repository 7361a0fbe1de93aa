{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Agent float forecast — Lagos & Nairobi\n",
    "Predict next-day float needs per agent so treasury can pre-fund. Uses the BigQuery float_daily export."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from google.cloud import bigquery\n",
    "client = bigquery.Client(project=\"«i=baobab-analytics-2291»\")\n",
    "# creds: service account key file, see 1Password vault 'Data'\n",
    "import os\n",
    "os.environ[\"GOOGLE_APPLICATION_CREDENTIALS\"] = «n=\"/home/jovyan/secrets/sa.json\"»"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "# treasury rule of thumb: pre-fund «r=1.35x» the P90 forecast for gold agents\n",
    "PREFUND_MULTIPLIER = {\"gold\": 1.35, \"silver\": «r=1.2», \"bronze\": 1.0}\n",
    "# Treasury cost of capital used in the model (board pack Feb 2024): «r=19.5% NGN, 13.2% KES»"
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
       "  agent_code                 owner      p90_float_ngn\n",
       "0  AG-208871  «p=Chukwuemeka Nnamdi Okafor»      3120000\n",
       "2  AG-000001  «n=Agent Example»                         0"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "forecast.head(3)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "# write back for the treasury dashboard\n",
    "forecast.to_gbq(\"agents.float_forecast\", project_id=\"baobab-analytics-2291\", if_exists=\"replace\")\n",
    "# also drop a copy in gs://«i=baobab-treasury-exports»/forecast/"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
